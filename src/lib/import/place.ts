import { MAX_SLUG_LENGTH, slugify } from '../slug.ts';

// Where a new story's file goes: stories/<yyyy>/<mm>/<slug>.md. The site's address for a story
// is /<yyyy>/<mm>/<file name>/, so a slug must be free in its month across the whole archive,
// whatever folder other stories sit in; a second one gets "-2", then "-3"…

/** "2019/01/some-slug": the address a story takes, as placing sees it. */
export function addressKey(day: string, slug: string): string {
  return `${day.slice(0, 4)}/${day.slice(5, 7)}/${slug}`;
}

/** The slugs to try for a headline, in order: the plain one, then numbered ones, all within 80 characters. */
export function* candidateSlugs(title: string): Generator<string> {
  const base = slugify(title) || 'story';
  yield base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    yield `${slugify(title, MAX_SLUG_LENGTH - suffix.length) || 'story'}${suffix}`;
  }
}

/** The first slug for the headline that no story of that month has taken. */
export function freeSlug(title: string, day: string, taken: ReadonlySet<string>): string {
  for (const slug of candidateSlugs(title)) if (!taken.has(addressKey(day, slug))) return slug;
  throw new Error('unreachable: candidate slugs never run out');
}

/** The story's file, relative to the content folder. */
export function storyFilePath(day: string, slug: string): string {
  return `stories/${addressKey(day, slug)}.md`;
}
