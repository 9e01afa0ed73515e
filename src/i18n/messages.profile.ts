/** Diagnostic messages of `profile-incomplete`, one per part of the profile, in both languages (spread into the tables). */
export const profileMessagesEn = {
  "profile-incomplete.generalKnowledge":
    "the profile of «{{name}}» has no general knowledge: write `generalKnowledge` on the position (what every holder must know, whatever the process)",
  "profile-incomplete.knowledge":
    "the profile of «{{name}}» has no subject knowledge: no process it executes lists `competencies.knowledge` for it",
  "profile-incomplete.skills":
    "the profile of «{{name}}» has no skills: no process it executes lists `competencies.skills` for it",
  "profile-incomplete.qualities":
    "the profile of «{{name}}» has no personal qualities: no process it executes lists `competencies.qualities` for it",
  "profile-incomplete.values":
    "the profile of «{{name}}» has no values: write `values` in the Organization (or on the position, to differ from them)",
  "profile-incomplete.functions":
    "the profile of «{{name}}» has no functional duties: list the position's `functions` in the processes it executes",
  "profile-incomplete.responsibility":
    "the profile of «{{name}}» has no area of responsibility: give the processes it owns or executes `indicators`, or write `responsibilities` on the position",
} as const;

export const profileMessagesRu: Record<keyof typeof profileMessagesEn, string> = {
  "profile-incomplete.generalKnowledge":
    "в профиле должности «{{name}}» нет общих знаний: укажите у должности `generalKnowledge` (что нужно знать в любом процессе)",
  "profile-incomplete.knowledge":
    "в профиле должности «{{name}}» нет предметных знаний: ни один процесс, который она исполняет, не называет для неё `competencies.knowledge`",
  "profile-incomplete.skills":
    "в профиле должности «{{name}}» нет навыков: ни один процесс, который она исполняет, не называет для неё `competencies.skills`",
  "profile-incomplete.qualities":
    "в профиле должности «{{name}}» нет личных качеств: ни один процесс, который она исполняет, не называет для неё `competencies.qualities`",
  "profile-incomplete.values":
    "в профиле должности «{{name}}» нет ценностей: укажите `values` в описании организации (или у должности, если у неё свои)",
  "profile-incomplete.functions":
    "в профиле должности «{{name}}» нет функциональных обязанностей: перечислите `functions` должности в процессах, которые она исполняет",
  "profile-incomplete.responsibility":
    "в профиле должности «{{name}}» нет областей ответственности: задайте `indicators` процессам, которыми она владеет или которые исполняет, или укажите у должности `responsibilities`",
};
