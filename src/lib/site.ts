// What the archive calls itself. A newsroom running its own copy changes these two lines.
export const SITE_NAME = 'Clippings';
export const SITE_DESCRIPTION = 'An archive of news stories: read any story, search by the words you remember.';

/** Stories per page in every list (home, months, topics, sources). */
export const PAGE_SIZE = 20;

/** Stories in each RSS feed: the latest ones. */
export const FEED_SIZE = 50;

/**
 * Stories that must name a person, place or organisation before it gets a page (and a feed): a
 * page of one story would only lead back to the story it was reached from. Most names an archive
 * finds are named once (four in five across the Wikinews corpus).
 */
export const NAME_PAGE_MIN_STORIES = 2;

/** Names per page on the topic and source indexes. */
export const NAME_PAGE_SIZE = 100;
