// Checks that an Atom or JSON Feed file is what its specification asks for, as a list of
// problems (empty when it is): Atom 1.0 (RFC 4287) through a real XML parser and feedsmith's Atom
// reader, JSON Feed 1.1 (https://jsonfeed.org/version/1.1) through a schema of its rules and
// feedsmith's JSON Feed reader. Written apart from the site's own feed code, so that a mistake
// there is not repeated here.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseAtomFeed, parseJsonFeed } from 'feedsmith';
import { z } from 'astro/zod';

const ATOM = 'http://www.w3.org/2005/Atom';
/** RFC 3339 date-time, as Atom's dates and JSON Feed's are. */
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The characters outside XML 1.0's Char production, as "U+0001 U+FFFE", or '' when there are none. */
export function forbiddenXmlCharacters(text: string): string {
  const found = new Set(text.match(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu));
  return [...found].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}

export function isAbsoluteUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.href === value;
  } catch {
    return false;
  }
}

type Node = Record<string, unknown>;
const list = (value: unknown): Node[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]) as Node[];
const text = (value: unknown): string | undefined => {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && '#text' in value) return String((value as Node)['#text']);
  return undefined;
};

const atomParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, trimValues: false });

/** What keeps `xml` from being an Atom 1.0 feed a reader takes. */
export function atomProblems(xml: string): string[] {
  const problems: string[] = [];
  const forbidden = forbiddenXmlCharacters(xml);
  if (forbidden) problems.push(`characters XML 1.0 forbids: ${forbidden}`);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [...problems, `not well-formed: ${valid.err.msg} (line ${valid.err.line})`];
  const feed = atomParser.parse(xml).feed as Node | undefined;
  if (!feed) return [...problems, 'no <feed> root'];
  if (feed['@xmlns'] !== ATOM) problems.push(`<feed> is not in the Atom namespace: ${String(feed['@xmlns'])}`);
  problems.push(...required(feed, 'feed'));
  const links = list(feed.link);
  const self = links.find((link) => link['@rel'] === 'self');
  if (!self || !isAbsoluteUrl(self['@href'])) problems.push('feed: no <link rel="self"> with a full address');
  const entries = list(feed.entry);
  const feedAuthor = list(feed.author).some((author) => text(author.name));
  const ids = new Set<string>();
  entries.forEach((entry, i) => {
    const where = `entry ${i + 1}`;
    problems.push(...required(entry, where));
    const id = text(entry.id);
    if (id && ids.has(id)) problems.push(`${where}: id ${id} is not unique`);
    if (id) ids.add(id);
    const alternate = list(entry.link).find((link) => (link['@rel'] ?? 'alternate') === 'alternate');
    if (!alternate || !isAbsoluteUrl(alternate['@href'])) problems.push(`${where}: no alternate <link> with a full address`);
    // RFC 4287 4.1.1.1: an entry without content has an alternate link (checked above) and says what
    // it is in a summary; this archive's content is always HTML.
    const content = list(entry.content)[0];
    if (!content && !text(list(entry.summary)[0])?.trim()) problems.push(`${where}: neither <content> nor <summary>`);
    else if (content && (content['@type'] !== 'html' || !text(content)?.trim())) problems.push(`${where}: <content> is not type="html" with text`);
    if (!feedAuthor && !list(entry.author).some((author) => text(author.name))) problems.push(`${where}: no author, and the feed has none`);
    for (const date of ['updated', 'published']) {
      const value = text(entry[date]);
      if (value !== undefined && !RFC_3339.test(value)) problems.push(`${where}: <${date}> ${value} is not an RFC 3339 date`);
    }
  });
  try {
    const read = parseAtomFeed(xml);
    if ((read.entries ?? []).length !== entries.length) problems.push(`feedsmith read ${read.entries?.length ?? 0} entries of ${entries.length}`);
  } catch (error) {
    problems.push(`feedsmith cannot read it: ${(error as Error).message}`);
  }
  return problems;
}

/** id, title and updated, which both a feed and an entry must have. */
function required(node: Node, where: string): string[] {
  const problems: string[] = [];
  const id = text(node.id);
  if (!id || !isAbsoluteUrl(id)) problems.push(`${where}: <id> is not a full address: ${id}`);
  if (text(node.title) === undefined) problems.push(`${where}: no <title>`);
  const updated = text(node.updated);
  if (!updated || !RFC_3339.test(updated)) problems.push(`${where}: <updated> ${updated} is not an RFC 3339 date`);
  return problems;
}

const url = z.string().refine(isAbsoluteUrl, 'not a full http(s) address');
const date = z.string().regex(RFC_3339, 'not an RFC 3339 date');
const author = z
  .object({ name: z.string().min(1).optional(), url: url.optional(), avatar: url.optional() })
  .strict()
  .refine((a) => a.name || a.url || a.avatar, 'an author needs a name, url or avatar');

/** JSON Feed 1.1's rules for the fields this site writes, and the types of those it may. */
export const jsonFeedSchema = z
  .object({
    version: z.literal('https://jsonfeed.org/version/1.1'),
    title: z.string().min(1),
    home_page_url: url,
    feed_url: url,
    description: z.string().optional(),
    language: z.string().min(2).optional(),
    authors: z.array(author).optional(),
    items: z.array(
      z
        .object({
          id: z.string().min(1),
          url: url,
          external_url: url.optional(),
          title: z.string().optional(),
          content_html: z.string().optional(),
          content_text: z.string().optional(),
          summary: z.string().optional(),
          image: url.optional(),
          date_published: date.optional(),
          date_modified: date.optional(),
          authors: z.array(author).optional(),
          tags: z.array(z.string().min(1)).optional(),
          language: z.string().min(2).optional(),
        })
        .strict()
        .refine((item) => item.content_html !== undefined || item.content_text !== undefined, 'an item needs content_html or content_text'),
    ),
  })
  .strict();

/** What keeps `json` from being a JSON Feed 1.1 a reader takes. */
export function jsonFeedProblems(json: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return [`not JSON: ${(error as Error).message}`];
  }
  const result = jsonFeedSchema.safeParse(data);
  const problems = result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  if (result.success) {
    const ids = result.data.items.map((item) => item.id);
    if (new Set(ids).size !== ids.length) problems.push('item ids are not unique');
  }
  try {
    const read = parseJsonFeed(json);
    if ((read.items ?? []).length !== (data as { items?: unknown[] }).items?.length) problems.push('feedsmith read another number of items');
  } catch (error) {
    problems.push(`feedsmith cannot read it: ${(error as Error).message}`);
  }
  return problems;
}
