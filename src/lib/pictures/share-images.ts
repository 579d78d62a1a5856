import type { GetImageResult, UnresolvedImageTransform } from 'astro';
import { SHARE_CROPS } from './sizes.ts';
import type { LeadImage, Story } from '../story.ts';

/** A picture file made for other sites, with the size it really has. */
export interface ShareImage {
  /** Site path of the file (with base), made absolute by the caller. */
  src: string;
  width: number;
  height: number;
  type: 'image/jpeg';
}

type GetImage = (options: UnresolvedImageTransform) => Promise<GetImageResult>;

/**
 * The largest `crop` that fits in `original` without enlarging it: a picture smaller than a
 * crop is cut to the crop's shape at its own size (the image service never scales up).
 */
export function cropWithin(original: { width: number; height: number }, crop: { width: number; height: number }): { width: number; height: number } {
  const scale = Math.min(1, original.width / crop.width, original.height / crop.height);
  return { width: Math.max(1, Math.round(crop.width * scale)), height: Math.max(1, Math.round(crop.height * scale)) };
}

/**
 * The lead picture as JPEGs in the shapes link previews, feeds and search engines ask for
 * (SHARE_CROPS, the first for previews and feeds). `getImage` is astro:assets' own.
 */
export async function shareImages(image: LeadImage, getImage: GetImage): Promise<ShareImage[]> {
  return Promise.all(SHARE_CROPS.map((crop) => cropped(image, crop, getImage)));
}

/** The crop link previews and feeds show (the first of SHARE_CROPS). */
export function previewImage(image: LeadImage, getImage: GetImage): Promise<ShareImage> {
  return cropped(image, SHARE_CROPS[0], getImage);
}

async function cropped(image: LeadImage, crop: { width: number; height: number }, getImage: GetImage): Promise<ShareImage> {
  const size = cropWithin(pictureSize(image), crop);
  const made = await getImage({ src: image.picture, ...size, fit: 'cover', format: 'jpg', layout: 'none', background: '#ffffff' });
  return { src: made.src, ...size, type: 'image/jpeg' };
}

/**
 * Whether a crop is large enough for link previews: services ignore smaller pictures (Twitter's
 * large card wants 300 × 157 at least).
 */
export function previewSized(image: { width: number; height: number }): boolean {
  return image.width >= 300 && image.height >= 157;
}

/** A lead picture's size, filled in by withPictureFacts. */
export function pictureSize(image: LeadImage): { width: number; height: number } {
  if (!image.width || !image.height) throw new Error(`the size of ${image.written} was not read before the page was made`);
  return { width: image.width, height: image.height };
}

/** The preview picture of each story that has one, by id, with its alt text: for feeds. */
export async function feedImages(stories: Story[], getImage: GetImage): Promise<Map<string, ShareImage & { alt: string }>> {
  const pictured = stories.filter((story) => story.leadImage);
  const made = await Promise.all(pictured.map((story) => previewImage(story.leadImage!, getImage)));
  return new Map(pictured.map((story, i) => [story.id, { ...made[i], alt: story.leadImage!.alt }]));
}
