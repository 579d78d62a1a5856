import type { FeedFormat } from './urls.ts';

/** A feed a page offers for autodiscovery, in every format. */
export interface FeedLink {
  title: string;
  /** Site paths without base (urls.ts feedPaths). */
  paths: Record<FeedFormat, string>;
}

/** How each format is announced: its media type, and its name for readers. */
export const FEED_TYPES: Record<FeedFormat, { type: string; label: string }> = {
  rss: { type: 'application/rss+xml', label: 'RSS' },
  atom: { type: 'application/atom+xml', label: 'Atom' },
  json: { type: 'application/feed+json', label: 'JSON Feed' },
};
