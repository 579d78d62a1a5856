// The article of a saved page as Firefox's Reader View finds it: Mozilla's Readability on a
// light DOM (linkedom). It scores the page's blocks by their text and links, so it finds the
// story where publishers' class names say nothing, and leaves menus, teasers and comments out.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** The article's HTML as Readability extracts it, or undefined when it finds none. */
export function readabilityHtml(html: string): string | undefined {
  const { document } = parseHTML(html);
  // Classes are kept for the importer's own furniture filter (bylines, ads, share bars) after it;
  // links are made absolute by the importer too: linkedom does not resolve the page's address.
  try {
    const article = new Readability(document as unknown as Document, { keepClasses: true }).parse();
    return article?.content?.trim() || undefined;
  } catch {
    return undefined; // text that is no document, or markup nested too deep for it: the importer's own rules take over
  }
}
