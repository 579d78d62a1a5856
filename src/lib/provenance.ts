import type { Story } from './story.ts';
import { sourceLabel } from './source.ts';
import { licenseLink } from './license.ts';

// Where a story's copy came from, as the page states it: the source and original, the dates the
// source and the archive give, how the copy was imported, its versions and license.

export interface ProvenanceFact {
  label: string;
  text: string;
  /** The text links here (an address as the page writes it, base included). */
  href?: string;
  rel?: string;
  /** The text is a date or time: this is its machine-readable form. */
  datetime?: string;
  /** More words after the text (and its link). */
  after?: string;
}

/** What an input format is, in words: "a web archive (WARC)". */
const FORMAT_WORDS: Record<string, string> = {
  warc: 'a web archive (WARC)',
  wacz: 'a web archive (WACZ)',
  html: 'a saved web page',
  md: 'a markdown file',
  txt: 'a text file',
  jsonl: 'a JSON Lines export',
  json: 'a JSON export',
  feed: 'a news feed',
};

/** "a web archive (WARC), captures.warc.gz, record <urn:uuid:…>" */
export function importedText(imported: NonNullable<Story['imported']>): string {
  const what = FORMAT_WORDS[imported.format] ?? `a ${imported.format} file`;
  return [what, imported.file, imported.record && `record ${imported.record}`].filter(Boolean).join(', ');
}

/**
 * The facts, in the order a reader checks them. `changesHref`: the address of the page comparing
 * the story's versions, when it has more than one; `formatDay` shows a date.
 */
export function provenanceFacts(story: Story, formatDay: (date: string) => string, changesHref?: string): ProvenanceFact[] {
  const facts: ProvenanceFact[] = [];
  const source = sourceLabel(story);
  if (story.url) facts.push({ label: 'Original', text: source ? `Read the original at ${source}` : story.url, href: story.url, rel: 'noopener' });
  else facts.push({ label: 'Source', text: story.source ?? 'Not recorded' });
  const day = (label: string, date: string | undefined) => date && facts.push({ label, text: formatDay(date), datetime: date });
  day('Published', story.date);
  day('Updated', story.updated);
  day('Archived', story.archived);
  if (story.imported) facts.push({ label: 'Imported', text: formatDay(story.imported.at), datetime: story.imported.at, after: ` from ${importedText(story.imported)}` });
  if (story.versions.length > 0 && changesHref) {
    facts.push({ label: 'Versions', text: `${story.versions.length + 1} texts: see what changed`, href: changesHref });
  }
  const license = story.license ? licenseLink(story.license) : undefined;
  if (license) facts.push({ label: 'License', text: license.name, ...(license.href && { href: license.href, rel: 'license noopener' }) });
  facts.push({ label: 'Length', text: `${story.words.toLocaleString('en')} words` });
  return facts;
}
