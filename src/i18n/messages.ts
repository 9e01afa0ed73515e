import type { Lang } from "./lang.js";
import { fill } from "./lang.js";
import { type MessageId as FirstWaveId, messagesEn } from "./messages.en.js";
import { type RatingMessageId, ratingMessagesEn, ratingMessagesRu } from "./messages.ratings.js";
import { messagesRu } from "./messages.ru.js";
import { type StandardMessageId, standardMessagesEn, standardMessagesRu } from "./messages.standards.js";

export type MessageId = FirstWaveId | StandardMessageId | RatingMessageId;

const tables: Record<Lang, Record<MessageId, string>> = {
  en: { ...messagesEn, ...standardMessagesEn, ...ratingMessagesEn },
  ru: { ...messagesRu, ...standardMessagesRu, ...ratingMessagesRu },
};

/** The diagnostic message `id` in `lang`, with placeholders filled. */
export function message(lang: Lang, id: MessageId, data?: Readonly<Record<string, string | number>>): string {
  return fill(tables[lang][id], data);
}
