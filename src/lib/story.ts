import path from 'node:path';
import type { ImageMetadata } from 'astro';
import type { StoryFrontmatter } from './schema.ts';
import { calendarDay, instant } from './dates.ts';
import { slugify } from './slug.ts';
import { storyPath } from './urls.ts';
import { readingStats } from './reading.ts';
import { htmlToText } from './html-text.ts';
import { listExcerpt } from './excerpt.ts';
import type { FoundNames } from './names/find-names.ts';
import { mergeNames } from './names/merge-names.ts';

/** What the collection hands over for each file: its id, where it came from, its frontmatter and rendered body. */
export interface StoryEntry {
  id: string;
  filePath?: string;
  /** `names`: those the text gives, found as it was rendered (names/story-names.ts). */
  rendered?: { html: string; metadata?: Record<string, unknown> };
  data: StoryFrontmatter;
}

/** A story's lead picture as pages show it. */
export interface LeadImage {
  /**
   * The picture as the build answered Astro's image() (src/integrations/pictures-in-place.ts), for
   * astro:assets' getImage. Not enumerable, so page keys and fingerprints never walk it: in
   * `astro dev` it is Astro's own answer, which marks the original as used when a field is read.
   * What pages need of it is copied into the fields below.
   */
  readonly picture: ImageMetadata;
  /** The picture's path as the story writes it, relative to the story file. */
  written: string;
  alt: string;
  caption?: string;
  credit?: string;
  /** Filled by withPictureFacts (pictures/lead-image-facts.ts) from the picture. */
  width?: number;
  height?: number;
  /** The picture's address, which carries the digest of its bytes: every page showing it changes with it. */
  stamp?: string;
}

/** A published story as pages see it. */
export interface Story extends StoryFrontmatter {
  id: string;
  /** The file it came from, for error messages. */
  file: string;
  slug: string;
  /** Site path without `base`: /yyyy/mm/slug/ */
  path: string;
  /** Calendar day of publication as written: 2025-06-15 */
  day: string;
  year: number;
  month: number;
  /** Milliseconds since the epoch, for sorting by publication. */
  published: number;
  words: number;
  readingMinutes: number;
  /** For a story without a dek, its opening sentences (excerpt.ts), which lists show instead. */
  excerpt?: string;
  /** The stems it uses most, commonest first, space-separated (similar/story-terms.ts), to find stories like it. */
  terms?: string;
  leadImage?: LeadImage;
}

/** Where an entry is published (/yyyy/mm/slug/) and the parts of that address. */
export function storyAddress(entry: StoryEntry): { file: string; slug: string; path: string; day: string; year: number; month: number } {
  const file = entry.filePath ?? `${entry.id}.md`;
  const day = calendarDay(entry.data.date);
  const [year, month] = day.split('-').map(Number);
  // The URL comes from the file name, not the folder: folders under stories/ are for people.
  const slug = slugify(path.basename(entry.id).replace(/\.md$/i, ''));
  if (!slug) {
    throw new Error(`${file}: the file name gives no usable URL slug. Rename it to the story's headline in words, e.g. city-council-approves-budget.md`);
  }
  return { file, slug, path: storyPath({ year, month, slug }), day, year, month };
}

export function toStory(entry: StoryEntry): Story {
  const { words, minutes } = readingStats(htmlToText(entry.rendered?.html ?? ''));
  // The picture itself is kept only inside leadImage, where nothing enumerates it.
  const { image, imagePath: _written, ...data } = entry.data;
  const address = storyAddress(entry);
  return {
    ...data,
    ...mergeNames(data, entry.rendered?.metadata?.names as FoundNames | undefined),
    id: entry.id,
    ...address,
    published: instant(entry.data.date),
    words,
    readingMinutes: minutes,
    ...(data.dek === undefined && { excerpt: listExcerpt(entry.rendered?.html ?? '', data.language) }),
    ...(typeof entry.rendered?.metadata?.terms === 'string' && { terms: entry.rendered.metadata.terms }),
    ...(image !== undefined && { leadImage: leadImage(image, entry.data) }),
  };
}

function leadImage(image: unknown, data: StoryFrontmatter): LeadImage {
  const lead = { written: data.imagePath ?? String(image), alt: data.imageAlt ?? '', caption: data.imageCaption, credit: data.imageCredit } as LeadImage;
  Object.defineProperty(lead, 'picture', { value: image, enumerable: false });
  return lead;
}

/** What a story is about in a line or two, for lists, link previews and search engines: its dek, or its opening. */
export function storySummary(story: Pick<Story, 'dek' | 'excerpt'>): string | undefined {
  return story.dek ?? story.excerpt;
}

/** Newest first by publication date (never by updated date); ties broken by URL so order is stable. */
export function byPublication(a: Story, b: Story): number {
  return b.published - a.published || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/** Every URL that more than one story would take, with the files that want it. */
export function urlCollisions(stories: { path: string; file: string }[]): Map<string, string[]> {
  const files = new Map<string, string[]>();
  for (const story of stories) {
    const list = files.get(story.path);
    if (list) list.push(story.file);
    else files.set(story.path, [story.file]);
  }
  return new Map([...files].filter(([, list]) => list.length > 1));
}

export class DuplicateUrlError extends Error {
  constructor(collisions: Map<string, string[]>) {
    const lines = [...collisions].map(([url, files]) => `  ${url} is wanted by ${files.join(' and ')}`);
    super(
      `Two or more stories would be published at the same URL:\n${lines.join('\n')}\n` +
        'Rename one of the files (the URL is /year/month/<file name>/), or change its date.',
    );
    this.name = 'DuplicateUrlError';
  }
}

/** The archive's published stories: drafts left out, newest first, every URL unique. */
export function publishedStories(entries: StoryEntry[]): Story[] {
  const stories = entries.filter((entry) => !entry.data.draft).map(toStory);
  const collisions = urlCollisions(stories);
  if (collisions.size > 0) throw new DuplicateUrlError(collisions);
  return stories.sort(byPublication);
}
