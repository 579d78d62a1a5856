// Picture sizes the pages ask Astro's image service for. One place, so the story page, lists,
// link cards and feeds agree on which files a build makes.

/** The story column's width in CSS pixels: `--measure` (38rem) in global.css. */
export const STORY_COLUMN = 608;

/**
 * The widths made of a picture in the story column (Astro's image.breakpoints): the column at 1×,
 * phones at 2× (a 375–414-pixel phone draws the column 343–382 pixels wide) and the column at 2×,
 * which also serves phones at 3×. Each is at most a quarter larger than a screen needs; every
 * width more is one more file per picture to make and to copy on every build.
 */
export const COLUMN_WIDTHS = [STORY_COLUMN, 828, 2 * STORY_COLUMN];

/** How wide the story column is at each screen size, for the browser to pick a picture file. */
export const STORY_COLUMN_SIZES = `(min-width: ${STORY_COLUMN + 32}px) ${STORY_COLUMN}px, calc(100vw - 2rem)`;

/** A list's thumbnail, cropped to 3:2 (its 2× file is made too, for sharp screens). */
export const THUMBNAIL = { width: 120, height: 80 } as const;

/**
 * The lead picture cropped for other sites: link previews (OpenGraph, Twitter cards), feeds and
 * search engines, which ask for 16:9, 4:3 and 1:1 versions at least 1,200 pixels wide.
 * The first is the one link previews and feeds use.
 */
export const SHARE_CROPS = [
  { width: 1200, height: 675 },
  { width: 1200, height: 900 },
  { width: 1200, height: 1200 },
] as const;
