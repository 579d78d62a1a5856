// Every picture a story shows is checked before Astro's image service opens it, so a bad one is
// reported with the story and the picture, beside the archive's other problems, instead of
// stopping the build inside Astro's code.
import path from 'node:path';
import type { PictureFacts } from '../pictures/picture-facts.ts';
import { pictureProblem } from '../pictures/picture-problem.ts';
import { pictureName } from '../schema.ts';
import type { StoryProblems } from './story-problems.ts';

export interface StoryPictures {
  /** Absolute path of the story file. */
  filePath: string;
  /** The lead picture's path as written (the schema's imagePath). */
  imagePath?: string;
  /** Pictures the body shows from files, as written (relative to the story file). */
  localImagePaths?: string[];
  /** The rendered body, for pictures it would fetch from other sites. */
  html?: string;
}

// An <img> in the body whose address is on another site (markdown or raw HTML alike).
const REMOTE_IMG = /<img\b[^>]*?\ssrc="((?:https?:)?\/\/[^"]*)"/gi;
// A markdown picture from a file, as Astro's markdown step leaves it for the image service: its
// attributes as JSON in one HTML attribute.
const LOCAL_IMG = /__ASTRO_IMAGE_="([^"]*)"/g;

/** The source and alt text of each picture from a file in a rendered body. */
export function localPictures(html: string): { src: string; alt: string }[] {
  return [...html.matchAll(LOCAL_IMG)].flatMap(([, attribute]) => readPictureMark(attribute) ?? []);
}

/** The source and alt text in one picture's mark (the attribute's value as the HTML holds it), or undefined. */
export function readPictureMark(attribute: string): { src: string; alt: string } | undefined {
  try {
    const json = attribute.replace(/&(?:#x22|quot);/g, '"').replace(/&(?:#x27|apos);/g, "'").replace(/&(?:amp|#x26|#38);/g, '&');
    const { src, alt } = JSON.parse(json) as { src?: unknown; alt?: unknown };
    return typeof src === 'string' ? { src, alt: typeof alt === 'string' ? alt : '' } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Records in `problems` every picture that cannot be shown: each story's lead image and body
 * pictures are looked at (`facts`, at most `parallel` files at once), and a body picture from
 * another site is refused, since pages show only the archive's own.
 */
export async function checkPictures(
  stories: StoryPictures[],
  problems: StoryProblems,
  facts: (file: string) => Promise<PictureFacts>,
  parallel = 16,
): Promise<void> {
  const jobs: { story: string; lead: boolean; written: string; file: string }[] = [];
  for (const story of stories) {
    const folder = path.dirname(story.filePath);
    const lead = story.imagePath;
    if (lead !== undefined) jobs.push({ story: story.filePath, lead: true, written: lead, file: path.resolve(folder, lead) });
    for (const written of story.localImagePaths ?? []) {
      jobs.push({ story: story.filePath, lead: false, written, file: path.resolve(folder, written) });
    }
    // Only a body with pictures from files holds Astro's marks: the rest are not searched.
    for (const { src, alt } of story.localImagePaths?.length ? localPictures(story.html ?? '') : []) {
      if (!alt.trim()) problems.add(story.filePath, `the picture "${src}" has no alt text. Write what it shows between the brackets: ![what the picture shows](${src})`);
    }
    for (const [, address] of story.html?.matchAll(REMOTE_IMG) ?? []) {
      problems.add(story.filePath, `the text shows the picture ${address} from another site, which pages here may not load. Download it, put it beside the story and use its path, e.g. ![what it shows](./${pictureName(address)}).`);
    }
  }
  let next = 0;
  const work = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      const problem = pictureProblem(job.written, job.file, await facts(job.file), job.lead);
      if (problem) problems.add(job.story, (job.lead ? 'image: ' : '') + problem);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, jobs.length) }, work));
}
