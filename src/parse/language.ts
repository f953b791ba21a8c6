/** The document's language, from its most frequent function words (fr and en, a few others). */

const FUNCTION_WORDS: Record<string, string[]> = {
  fr: ['le', 'la', 'les', 'des', 'du', 'de', 'et', 'un', 'une', 'pour', 'dans', 'sur', 'avec', 'est', 'sont', 'au', 'aux', 'par', 'qui', 'que', 'journée', 'accueil', 'déjeuner'],
  en: ['the', 'and', 'of', 'to', 'in', 'for', 'with', 'on', 'is', 'are', 'by', 'at', 'from', 'this', 'that', 'an', 'welcome', 'lunch', 'break'],
  de: ['der', 'die', 'das', 'und', 'mit', 'für', 'von', 'zu', 'ist', 'den', 'im', 'auf'],
  es: ['el', 'los', 'las', 'y', 'con', 'para', 'por', 'en', 'una', 'del', 'es', 'al'],
  it: ['il', 'gli', 'della', 'delle', 'e', 'con', 'per', 'nel', 'una', 'del', 'alla', 'sono'],
};

export function detectLanguage(text: string, fallback = 'fr'): string {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const counts = new Map<string, number>();
  for (const [language, list] of Object.entries(FUNCTION_WORDS)) {
    const set = new Set(list);
    counts.set(language, words.filter((w) => set.has(w)).length);
  }
  let best = fallback;
  let bestCount = 0;
  for (const [language, count] of counts) {
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  return best;
}
