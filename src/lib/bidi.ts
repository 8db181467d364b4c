/** Text typed by a visitor, shown inside a sentence of ours (the search page's status line). */

/**
 * Unicode's explicit direction controls: embeddings and overrides (U+202A-U+202E), isolates
 * (U+2066-U+2069), and the marks LRM, RLM and ALM. An unclosed override (U+202E) in a search
 * term would reverse the rest of the sentence around it.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * `text` without direction controls, wrapped in a first-strong isolate (U+2068 … U+2069): a term
 * in Arabic or Hebrew reads right to left inside it, and the sentence around it keeps its order.
 */
export function isolateText(text: string): string {
  return `\u2068${text.replace(BIDI_CONTROLS, '')}\u2069`;
}
