// A feed channel (feed-entries.ts) written as Atom 1.0 (RFC 4287).
import type { FeedChannel, FeedEntry } from './feed-entries.ts';
import { escapeXml, MEDIA_RSS, mediaContent } from './feed-xml.ts';
import { SITE_NAME } from './site.ts';

const ATOM = 'http://www.w3.org/2005/Atom';

export function atomFeed(channel: FeedChannel): string {
  const pictures = channel.entries.some((entry) => entry.image);
  const lang = channel.language ? ` xml:lang="${escapeXml(channel.language)}"` : '';
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="${ATOM}"${pictures ? ` xmlns:media="${MEDIA_RSS}"` : ''}${lang}>`,
    // The feed's own address is its id: each format of a feed is a feed of its own.
    element('id', channel.urls.atom),
    element('title', channel.title),
    element('subtitle', channel.description),
    element('updated', channel.updated.toISOString()),
    link('self', channel.urls.atom, 'application/atom+xml'),
    link('alternate', channel.home, 'text/html'),
    // Atom asks for an author on every entry; an entry whose story names none falls back on this:
    // the archive, which keeps it.
    `<author>${element('name', SITE_NAME)}${element('uri', channel.home)}</author>`,
    ...channel.entries.map(atomEntry),
    '</feed>',
    '',
  ].join('\n');
}

function atomEntry(entry: FeedEntry): string {
  return [
    `<entry xml:lang="${escapeXml(entry.language)}">`,
    element('id', entry.url),
    element('title', entry.title),
    link('alternate', entry.url, 'text/html'),
    ...(entry.original ? [link('via', entry.original)] : []),
    element('published', entry.published.toISOString()),
    element('updated', (entry.updated ?? entry.published).toISOString()),
    ...entry.authors.map((name) => `<author>${element('name', name)}</author>`),
    ...entry.categories.map((term) => `<category term="${escapeXml(term)}"/>`),
    ...(entry.summary ? [element('summary', entry.summary)] : []),
    ...(entry.html !== undefined ? [`<content type="html">${escapeXml(entry.html)}</content>`] : []),
    ...(entry.image ? [mediaContent(entry.image)] : []),
    '</entry>',
  ].join('\n');
}

function element(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}

function link(rel: string, href: string, type?: string): string {
  return `<link rel="${rel}"${type ? ` type="${type}"` : ''} href="${escapeXml(href)}"/>`;
}
