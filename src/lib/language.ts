/** The canonical form of a BCP 47 language tag ("EN-gb" → "en-GB"), or null if it is not one. */
export function canonicalLanguage(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical ?? null;
  } catch {
    return null;
  }
}

// Scripts written right to left; used to set dir="rtl" where the language alone says so.
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

export function isRightToLeft(tag: string): boolean {
  return RTL_LANGUAGES.has(tag.split('-')[0].toLowerCase());
}
