// Text made safe for XML 1.0. A story's words come from scraped pages and may carry control
// characters XML 1.0 forbids; a single one makes a feed reader reject the whole feed.
// (Escaping cannot help: XML 1.0 forbids these even as character references like &#1;.)

/** Vertical tab and form feed: whitespace that breaks a line or a page. */
const BREAKS = /[\v\f]/g;

/**
 * Everything else outside XML 1.0's Char production: the other C0 controls (tab, LF and CR are
 * allowed), surrogates with no partner (in `u` mode a paired one is read as one code point, so
 * only a lone one is \p{Cs}), and the noncharacters U+FFFE and U+FFFF.
 */
const FORBIDDEN = /[\x00-\x08\x0E-\x1F\uFFFE\uFFFF\p{Cs}]/gu;

/**
 * `text` with every character XML 1.0 forbids taken out, and all else kept as it is.
 * The forbidden characters are removed rather than replaced: in scraped text they are invisible
 * control codes (a stray escape, a paste from a terminal), and a U+FFFD or a space in their
 * place would show the reader something the story does not have, or split a word. Vertical tab
 * and form feed are the exception: they separate words, so they become a space.
 */
export function xmlText(text: string): string {
  return text.replace(BREAKS, ' ').replace(FORBIDDEN, '');
}
