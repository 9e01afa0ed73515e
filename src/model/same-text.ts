/**
 * Case- and space-insensitive key, so "Устройство  автомобиля" and "устройство автомобиля" are one entry. The
 * locale is fixed (Russian lower-casing is a superset of English for our texts), so the key never depends on the
 * machine's locale.
 */
export function sameText(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("ru");
}
