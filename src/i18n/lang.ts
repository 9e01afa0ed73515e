/** Languages procspec writes its documents and messages in. */
export type Lang = "ru" | "en";

export function isLang(value: unknown): value is Lang {
  return value === "ru" || value === "en";
}

/** Fills `{{name}}` placeholders; a placeholder without data stays visible so a missing value is noticed. */
export function fill(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
    const value = data[key];
    return value === undefined ? whole : String(value);
  });
}
