import { readPictureMark } from '../content/picture-checks.ts';

// A story's rendered HTML holds its pictures from files as marks for Astro's image service
// (`<img __ASTRO_IMAGE_="{…}">`), which only the story page turns into pictures. The data gives
// each as an <img> with its alt text and no address: the sizes the site makes are the page's.
const PICTURE_MARK = /<img\s+__ASTRO_IMAGE_="([^"]*)"\s*\/?>/g;

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function withoutPictureMarks(html: string): string {
  if (!html.includes('__ASTRO_IMAGE_')) return html;
  return html.replace(PICTURE_MARK, (_whole, attribute: string) => `<img alt="${escapeAttribute(readPictureMark(attribute)?.alt ?? '')}">`);
}
