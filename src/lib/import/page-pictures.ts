import type { Element } from 'hast';
import type { Image, Paragraph, Parent, Root, RootContent } from 'mdast';
import { splitCredit } from '../markdown/rehype-figures.ts';

// The pictures of a saved page: which <img> elements are the story's photographs (not tracking
// pixels, icons, logos or ads), and, once the story is read, which of them were saved with the
// page, so they can be copied beside the new story.

/** Class, id, alt or file name words of what is not a picture of the story. */
const NOT_A_PICTURE = /(?:^|[\s_\-/.])(?:icons?|logos?|avatars?|sprites?|pixels?|tracking|tracker|spacer|badges?|emoji|buttons?|ads?|advert\w*|sponsor\w*|beacon|blank|transparent|1x1)(?:$|[\s_\-/.])/i;
/** Below this many pixels on the longer side a picture is an icon, a bullet or a pixel. */
const SMALLEST = 100;

const dimension = (value: unknown) => (typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined);

/** The address an <img> shows: its src, or the lazy-loading attribute a script would have copied there. */
export function pictureSource(img: Element): string | undefined {
  const { src, dataSrc, dataOriginal, dataLazySrc } = img.properties;
  const candidates = [src, dataSrc, dataOriginal, dataLazySrc].filter((value): value is string => typeof value === 'string' && value.trim() !== '');
  return candidates.find((value) => !/^data:/i.test(value))?.trim();
}

/** Whether an <img> is one of the story's pictures, judged from its markup alone. */
export function isStoryPicture(img: Element): boolean {
  const src = pictureSource(img);
  if (!src || /\.(?:svg|ico)(?:[?#]|$)/i.test(src)) return false;
  const width = dimension(img.properties.width);
  const height = dimension(img.properties.height);
  if (width !== undefined && height !== undefined && Math.max(width, height) < SMALLEST) return false;
  if ((width !== undefined && width <= 2) || (height !== undefined && height <= 2)) return false;
  const marks = [img.properties.className, img.properties.id, img.properties.alt, src.split(/[?#]/)[0]].flat().filter(Boolean).join(' ');
  return !NOT_A_PICTURE.test(marks);
}

/**
 * Where a picture the page shows was saved (and the extension of its format; `source`: where a
 * person finds it, when `file` is a copy made only for the import), or why it cannot be kept.
 */
export type PictureLookup = { file: string; ext: string; source?: string } | { problem: string };

/** A picture kept for a new story: the file it is copied from, and the stand-in name its markdown holds until the story has a name. */
export interface KeptPicture {
  token: string;
  file: string;
}

export interface StoryPictures {
  /** The lead picture's frontmatter fields, when the story begins with a picture. */
  lead?: { image: string; imageAlt: string; imageCaption?: string; imageCredit?: string };
  kept: KeptPicture[];
  /** Pictures the page shows that were not kept, each with why: for the import's report. */
  problems: string[];
}

/**
 * The stand-in name of a saved picture among those `kept` for a story, added if new: a picture
 * the source shows twice is copied once.
 */
export function keep(kept: KeptPicture[], found: { file: string; ext: string }): string {
  const known = kept.find((picture) => picture.file === found.file);
  if (known) return known.token;
  const token = `clippings-picture-${kept.length + 1}${found.ext}`;
  kept.push({ token, file: found.file });
  return token;
}

/**
 * Finds every picture in the story's tree with `lookup`: a saved one is kept under a stand-in
 * name; one that is not is reported and leaves its caption as text, as the page showed it. The
 * tree is changed in place, before it is cleaned (the cleaning rules then see the text as it
 * was before pictures were kept at all). takeLead, after cleaning, finds the lead picture.
 */
export function keepPictures(tree: Root, lookup: (src: string) => PictureLookup): StoryPictures {
  const kept: KeptPicture[] = [];
  const problems: string[] = [];
  const visit = (parent: Parent) => {
    parent.children = parent.children.flatMap((node): RootContent[] => {
      if (node.type === 'image') {
        const found = lookup(node.url);
        // A picture needs words for readers who cannot see it: its alt text, else its caption.
        const alt = node.alt?.trim() || node.title?.trim() || '';
        if ('file' in found && !alt) {
          problems.push(`the picture ${node.url} has no alt text or caption, so it was left out: to keep it, copy ${found.source ?? found.file} beside the story and write ![what it shows](./its-name) where it belongs`);
          return [];
        }
        if ('file' in found) {
          node.url = `./${keep(kept, found)}`;
          node.alt = alt;
          return [node];
        }
        problems.push(`the picture ${node.url} ${found.problem}`);
        return node.title ? [{ type: 'emphasis', children: [{ type: 'text', value: node.title }] }] : [];
      }
      if ('children' in node) visit(node as Parent);
      return [node];
    }) as typeof parent.children;
    // A paragraph that held only a picture that was not kept, and no caption, goes.
    parent.children = parent.children.filter((node) => !(node.type === 'paragraph' && node.children.length === 0));
  };
  visit(tree);
  return { kept, problems };
}

/**
 * The first block of a cleaned story, when it is a picture alone with a description (alt text
 * or caption), taken out as the lead picture.
 */
export function takeLead(tree: Root): StoryPictures['lead'] {
  const first = tree.children[0];
  if (first?.type !== 'paragraph' || first.children.length !== 1 || first.children[0].type !== 'image') return undefined;
  const image = first.children[0] as Image;
  const { caption, credit } = splitCredit(image.title ?? '');
  const alt = image.alt?.trim() || caption;
  if (!alt) return undefined;
  tree.children.shift();
  return { image: image.url, imageAlt: alt, ...(caption && { imageCaption: caption }), ...(credit && { imageCredit: credit }) };
}

/** The extension of a picture file's format, read from its first bytes; undefined when it is no web picture. */
export function pictureExtension(head: Buffer): string | undefined {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return '.jpg';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return '.png';
  if (head.subarray(0, 4).toString('latin1') === 'GIF8') return '.gif';
  if (head.subarray(0, 4).toString('latin1') === 'RIFF' && head.subarray(8, 12).toString('latin1') === 'WEBP') return '.webp';
  if (head.subarray(4, 12).toString('latin1') === 'ftypavif') return '.avif';
  return undefined;
}

/** A caption paragraph (figure-caption.ts) holding a picture: the picture node with its caption as title. */
export function captionedPicture(image: Image, caption: string): Paragraph {
  return { type: 'paragraph', data: { caption: true }, children: [{ ...image, title: caption || null }] };
}
