// A citation as the page shows it: plain text with the parts a style sets in italics marked, and
// its web addresses marked so the page can link them. Joined, the parts are the text as copied.

export type CitationPart = string | { italic: string } | { url: string; href: string };
export type StyledCitation = CitationPart[];

export const italic = (text: string): CitationPart => ({ italic: text });

/** An address shown as `shown` (MLA leaves out the scheme) and linked to `href`. */
export const link = (href: string, shown: string = href): CitationPart => ({ url: shown, href });

/** The citation as plain text. */
export function plainText(citation: StyledCitation): string {
  return citation.map((part) => (typeof part === 'string' ? part : 'italic' in part ? part.italic : part.url)).join('');
}

/** Runs of whitespace (a headline carried over lines) as one space. */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Ends with the punctuation that closes a sentence, so a style adds no period of its own. */
export const endsSentence = (text: string) => /[.!?…]["”’)]*$/u.test(text);

/** "Title." — or "Who pays?" as it is. */
export const withPeriod = (text: string) => (endsSentence(text) ? text : `${text}.`);

/**
 * A title inside double quotation marks, closed by `closing` (the period or comma goes inside in
 * American usage, which MLA and Chicago follow). Double quotation marks inside the title become
 * single ones, as both styles ask for a quotation within a quoted title.
 */
export function quotedTitle(title: string, closing: '.' | ','): string {
  let open = true;
  const inner = oneLine(title).replace(/["“”]/g, (mark) => {
    const single = mark === '“' || (mark === '"' && open) ? '‘' : '’';
    open = single === '’';
    return single;
  });
  return `“${endsSentence(inner) ? inner : inner + closing}”`;
}
