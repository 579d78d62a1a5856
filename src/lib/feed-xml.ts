// What the two XML feeds (rss-feed.ts, atom-feed.ts) write alike. Their text is already safe for
// XML (feed-entries.ts); here it is only escaped.
import type { FeedImage } from './feed-entries.ts';

/** Media RSS, the namespace feed readers read pictures from, in RSS and in Atom. */
export const MEDIA_RSS = 'http://search.yahoo.com/mrss/';

/** Text for an XML element or a quoted attribute. */
export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `<media:content>` for a lead picture (its `src` a full address), with its alt text as the description. */
export function mediaContent(image: FeedImage): string {
  return (
    `<media:content url="${escapeXml(image.src)}" medium="image" type="${escapeXml(image.type)}" width="${image.width}" height="${image.height}">` +
    `<media:description type="plain">${escapeXml(image.alt)}</media:description></media:content>`
  );
}
