// The words a reader sees in a story's rendered HTML, for the search index and word counts.
// Stories are kept as HTML only (the markdown is not carried through the build: at archive
// sizes it doubled what every build loads), and that HTML always comes out of the site's own
// pipeline, so a tag never holds a bare quote and text holds only numeric or basic references.

// Elements a word can run through (wor<em>d</em>s): dropped without a space. Every other tag
// ends a block or cell and becomes one.
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'u', 'var']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?-->/g;
const ALT = /\balt="([^"]*)"/;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-zA-Z]+));/g;

function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name] ?? whole;
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** HTML → plain text: tags dropped (an image keeps its alt text), references decoded, spaces collapsed. */
export function htmlToText(html: string): string {
  const text = html.replace(TAG, (_tag, _close: string, name: string | undefined, attributes: string | undefined) => {
    if (!name) return ' '; // a comment
    const tag = name.toLowerCase();
    if (tag === 'img') return ` ${ALT.exec(attributes ?? '')?.[1] ?? ''} `;
    return INLINE.has(tag) ? '' : ' ';
  });
  return decode(text).replace(/\s+/g, ' ').trim();
}
