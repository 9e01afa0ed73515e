/**
 * Diagnostic messages about professional standards and assessments of people, in their own file so that this part
 * of the method grows without touching the first wave's tables. Same shape as messages.en.ts / messages.ru.ts.
 */

export const standardMessagesEn = {
  "standard-xml.encoding":
    "the standard's XML declares the encoding `{{encoding}}` (or its bytes do not match it); procspec reads standards saved as UTF-8 or Windows-1251",
  "standard-xml.syntax": "this is not well-formed XML: {{detail}}",
  "standard-xml.not-a-standard":
    "this XML is not a professional standard as the registry exports it: no XMLCardInfo → ProfessionalStandarts → ProfessionalStandart element",
  "standard-xml.no-code":
    "the professional standard has neither CodeKindProfessionalActivity nor RegistrationNumber, so no position can link to it",
  "profstandard-unknown.code":
    "no professional standard with the code `{{code}}` among the XML files in standards/ (codes there: {{known}})",
  "profstandard-unknown.function":
    "the standard {{code}} has no generalized labour function `{{function}}` (it has {{known}})",
  "profstandard-unknown.labour-function":
    "the generalized labour function {{function}} of the standard {{code}} has no labour function `{{labourFunction}}` (it has {{known}})",
  "profstandard-unknown.covers":
    "`{{action}}` names no labour action of the standards linked to `{{position}}`: write the labour function's code, a slash and the action's number in the standard's list (for example `{{example}}`)",
  "profstandard-level":
    "the level {{level}} differs from the level {{expected}} of the generalized labour function {{function}} «{{name}}»",
  "profstandard-title":
    "the position's name «{{name}}» is not among the possible job titles of the function {{function}}: {{titles}}. The title must match the standard when the law ties benefits, compensations or restrictions to the work (Labour Code of the Russian Federation, art. 57)",
  "profstandard-qualification":
    "the standard asks for {{what}} at level {{level}} ({{requirement}}); write the position's `{{key}}`",
  "profstandard-qualification.education": "education",
  "profstandard-qualification.experience": "work experience",
  "profstandard-no-xml":
    "the professional standard {{code}} has no XML in standards/ (other positions that link to it are not reported again): download it from the registry of professional standards to compare the positions with it",
  "assessment-unknown-item": "«{{item}}» is not in the profile of the position {{position}}",
  "assessment-unscored-item": "{{count}} item(s) of the profile of the position {{position}} have no score: {{items}}",
  "kind.assessment": "an assessment",
} as const;

export type StandardMessageId = keyof typeof standardMessagesEn;

export const standardMessagesRu: Record<StandardMessageId, string> = {
  "standard-xml.encoding":
    "в XML стандарта указана кодировка `{{encoding}}` (или байты файла ей не соответствуют); procspec читает стандарты в кодировках UTF-8 и Windows-1251",
  "standard-xml.syntax": "файл не является корректным XML: {{detail}}",
  "standard-xml.not-a-standard":
    "этот XML не является профессиональным стандартом в формате реестра: нет элементов XMLCardInfo → ProfessionalStandarts → ProfessionalStandart",
  "standard-xml.no-code":
    "у профессионального стандарта нет ни CodeKindProfessionalActivity, ни RegistrationNumber, поэтому к нему нельзя привязать должность",
  "profstandard-unknown.code":
    "среди XML-файлов в папке standards/ нет профессионального стандарта с кодом `{{code}}` (есть: {{known}})",
  "profstandard-unknown.function":
    "в стандарте {{code}} нет обобщённой трудовой функции `{{function}}` (есть: {{known}})",
  "profstandard-unknown.labour-function":
    "в обобщённой трудовой функции {{function}} стандарта {{code}} нет трудовой функции `{{labourFunction}}` (есть: {{known}})",
  "profstandard-unknown.covers":
    "`{{action}}` не указывает на трудовое действие стандартов, связанных с должностью `{{position}}`: запишите код трудовой функции, косую черту и номер действия в списке стандарта (например, `{{example}}`)",
  "profstandard-level":
    "уровень {{level}} не совпадает с уровнем {{expected}} обобщённой трудовой функции {{function}} «{{name}}»",
  "profstandard-title":
    "наименования должности «{{name}}» нет среди возможных наименований должностей функции {{function}}: {{titles}}. Наименование обязано совпадать со стандартом, если с работой по должности закон связывает льготы, компенсации или ограничения (ст. 57 ТК РФ)",
  "profstandard-qualification":
    "стандарт требует {{what}} на уровне квалификации {{level}} ({{requirement}}); укажите в должности `{{key}}`",
  "profstandard-qualification.education": "образование",
  "profstandard-qualification.experience": "опыт практической работы",
  "profstandard-no-xml":
    "XML профессионального стандарта {{code}} нет в папке standards/ (о других должностях, связанных с ним, повторно не сообщается): скачайте его из реестра профессиональных стандартов, чтобы сравнить с ним должности",
  "assessment-unknown-item": "«{{item}}» нет в профиле должности {{position}}",
  "assessment-unscored-item": "не оценены пункты профиля должности {{position}} ({{count}}): {{items}}",
  "kind.assessment": "оценка сотрудника",
};
