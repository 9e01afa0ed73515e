import type { Lang } from "../i18n/lang.js";

interface Sortable {
  code?: string;
  name: string;
  id: string;
}

/**
 * Document order (docs/documents.md): by code, then name, then id. Codes compare part by part as numbers ("2.10" after
 * "2.9"); names with an explicit collator so the result does not depend on the machine's locale; ids last, by code
 * point, so the order is total and stable.
 */
export function documentOrder(lang: Lang): (a: Sortable, b: Sortable) => number {
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: "variant" });
  return (a, b) => {
    if (a.code !== b.code) {
      if (a.code === undefined) return 1;
      if (b.code === undefined) return -1;
      const byCode = collator.compare(a.code, b.code);
      if (byCode !== 0) return byCode;
    }
    const byName = collator.compare(a.name, b.name);
    if (byName !== 0) return byName;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}
