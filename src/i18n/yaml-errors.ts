import type { ErrorCode } from "yaml";
import type { Lang } from "./lang.js";

/**
 * The YAML parser's error codes in the user's words, each with what to do. The parser's own messages are English
 * and written for YAML experts; a Russian project must not see them. Mistakes people make by hand often get a more
 * precise message from `plainSyntaxError` in the loader; these are for the rest. Typed by the parser's `ErrorCode`,
 * so an upgrade of `yaml` that adds a code does not compile until it has words here.
 */
export type YamlErrorWords = Record<ErrorCode, string> & { unknown: string };

const ru: YamlErrorWords = {
  ALIAS_PROPS:
    "у ссылки `*имя` не может быть своего якоря `&` или тега `!`; уберите их или возьмите значение в кавычки",
  BAD_ALIAS:
    "после `*` или `&` должно идти имя (ссылка на якорь и сам якорь); если символ — часть текста, возьмите значение в кавычки",
  BAD_DIRECTIVE:
    "строка, начинающаяся с `%`, читается как служебная директива; удалите её или возьмите значение в кавычки",
  BAD_DQ_ESCAPE:
    "недопустимая последовательность с `\\` внутри двойных кавычек; текст с обратной косой чертой берите в одинарные кавычки",
  BAD_INDENT:
    "неверный отступ; выровняйте строку пробелами по соседним ключам своего блока, а список в `[…]` закройте скобкой `]`",
  BAD_PROP_ORDER: "якорь `&` и тег `!` ставят после `-` или `?`, перед самим значением; переставьте их",
  BAD_SCALAR_START: "значение не может начинаться с этого символа; возьмите значение в кавычки",
  BLOCK_AS_IMPLICIT_KEY:
    "вложенный блок или список оказался на месте ключа; проверьте отступы, а значение, содержащее «: », возьмите в кавычки",
  BLOCK_IN_FLOW:
    "внутри `[…]` или `{…}` нельзя писать блоком; запишите список блоком (каждый пункт с «- » на своей строке) или возьмите текст в кавычки",
  DUPLICATE_KEY: "ключ повторяется в одном и том же блоке; оставьте один",
  IMPOSSIBLE: "этот фрагмент не удаётся прочитать; проверьте отступы, кавычки и скобки рядом",
  KEY_OVER_1024_CHARS:
    "ключ длиннее 1024 символов: скорее всего, у длинного текста потерян ключ или отступ; запишите его как «ключ: >-» и текст с отступом на следующих строках",
  MISSING_CHAR: "не хватает закрывающего символа — кавычки, скобки или двоеточия после ключа; добавьте его",
  MULTILINE_IMPLICIT_KEY:
    "ключ не может занимать несколько строк; поставьте `:` после ключа, а длинный текст возьмите в кавычки или запишите через `>-`",
  MULTIPLE_ANCHORS: "у одного значения может быть только один якорь `&`; оставьте один",
  MULTIPLE_DOCS: "здесь ожидается один документ; уберите разделитель `---`",
  MULTIPLE_TAGS: "у одного значения может быть только один тег `!`; оставьте один",
  NON_STRING_KEY: "ключом может быть только слово, а не список или блок; перепишите ключ",
  RESOURCE_EXHAUSTION:
    "данные здесь вложены слишком глубоко или ссылки разворачиваются в слишком большой объём; упростите структуру",
  TAB_AS_INDENT: "для отступа использован символ табуляции; замените его пробелами",
  TAG_RESOLVE_FAILED: "значение не подходит к своему тегу `!…`; уберите тег или исправьте значение",
  UNEXPECTED_TOKEN: "лишний символ или строка на этом месте; проверьте отступы, двоеточия, кавычки и скобки",
  BAD_COLLECTION_TYPE: "тег `!…` не подходит к этому виду значения (список вместо блока или наоборот); уберите тег",
  unknown: "этот фрагмент не удаётся прочитать; проверьте отступы, кавычки и скобки рядом",
};

const en: YamlErrorWords = {
  ALIAS_PROPS:
    "a reference `*name` cannot carry an anchor `&` or a tag `!` of its own; remove them or put the value in quotes",
  BAD_ALIAS:
    "`*` and `&` must be followed by a name (a reference to an anchor, the anchor itself); if the character is part of the text, put the value in quotes",
  BAD_DIRECTIVE: "a line that starts with `%` is read as a directive; remove it or put the value in quotes",
  BAD_DQ_ESCAPE:
    "an invalid sequence with `\\` inside double quotes; put text with backslashes in single quotes instead",
  BAD_INDENT:
    "wrong indentation; align the line with spaces to the other keys of its block, and close a `[…]` list with `]`",
  BAD_PROP_ORDER: "an anchor `&` or a tag `!` goes after `-` or `?`, right before the value; move it",
  BAD_SCALAR_START: "a value cannot start with this character; put the value in quotes",
  BLOCK_AS_IMPLICIT_KEY:
    "a nested block or list stands where a key should be; check the indentation, and put a value containing `: ` in quotes",
  BLOCK_IN_FLOW:
    "no block inside `[…]` or `{…}`; write the list as a block (each item on its own line, starting with `- `) or put the text in quotes",
  DUPLICATE_KEY: "this key appears twice in the same block; keep one",
  IMPOSSIBLE: "this part cannot be read; check the indentation, quotes and brackets around it",
  KEY_OVER_1024_CHARS:
    "a key longer than 1024 characters: a long text has probably lost its key or its indentation; write it as `key: >-` with the text indented on the lines below",
  MISSING_CHAR: "a closing character is missing — a quote, a bracket or the colon after a key; add it",
  MULTILINE_IMPLICIT_KEY:
    "a key cannot run over several lines; put `:` after the key, and quote a long text or write it with `>-`",
  MULTIPLE_ANCHORS: "a value can have only one anchor `&`; keep one",
  MULTIPLE_DOCS: "one document is expected here; remove the `---` separator",
  MULTIPLE_TAGS: "a value can have only one tag `!`; keep one",
  NON_STRING_KEY: "a key must be a word, not a list or a block; rewrite the key",
  RESOURCE_EXHAUSTION: "the data here is nested too deeply, or references expand into too much; simplify the structure",
  TAB_AS_INDENT: "a tab is used for indentation; replace it with spaces",
  TAG_RESOLVE_FAILED: "the value does not fit its tag `!…`; remove the tag or correct the value",
  UNEXPECTED_TOKEN: "an unexpected character or line here; check the indentation, colons, quotes and brackets",
  BAD_COLLECTION_TYPE:
    "the tag `!…` does not fit this kind of value (a list for a block or the reverse); remove the tag",
  unknown: "this part cannot be read; check the indentation, quotes and brackets around it",
};

export const yamlErrorWords: Record<Lang, YamlErrorWords> = { ru, en };

/** What a YAML error means and what to do, in `lang`; a code this version does not know gets a general answer. */
export function yamlErrorText(lang: Lang, code: string): string {
  const table = yamlErrorWords[lang];
  return Object.hasOwn(table, code) ? table[code as keyof YamlErrorWords] : table.unknown;
}
