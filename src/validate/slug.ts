/** Suggests a valid id for a bad one: transliterates Cyrillic, lowercases, joins words with hyphens. */
const translit: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "yo",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
};

/** `text` in lower case with its Cyrillic letters spelt in Latin ones (by the table above); the rest is kept. */
export function transliterate(text: string): string {
  return [...text.toLowerCase()].map((ch) => translit[ch] ?? ch).join("");
}

export function suggestId(text: string): string | undefined {
  const latin = transliterate(text);
  const slug = latin
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^[^a-z]+/, "")
    .replace(/-+$/, "");
  return slug === "" || slug === text ? undefined : slug;
}
