import type { Lang } from "./lang.js";
import { fill } from "./lang.js";
import { type MessageId, messagesEn } from "./messages.en.js";
import { messagesRu } from "./messages.ru.js";

export type { MessageId };

const tables: Record<Lang, Record<MessageId, string>> = { en: messagesEn, ru: messagesRu };

/** The diagnostic message `id` in `lang`, with placeholders filled. */
export function message(lang: Lang, id: MessageId, data?: Readonly<Record<string, string | number>>): string {
  return fill(tables[lang][id], data);
}
