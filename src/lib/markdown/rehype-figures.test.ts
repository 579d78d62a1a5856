import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import rehypeFigures, { splitCredit } from './rehype-figures.ts';
import { STORY_COLUMN_SIZES } from '../pictures/sizes.ts';

function run(html: string, localImagePaths: string[] = ['./map.png', 'crowd.jpg']): string {
  const processor = unified().use(rehypeParse, { fragment: true }).use(rehypeFigures).use(rehypeStringify);
  return String(processor.processSync({ value: html, data: { astro: { localImagePaths } } }));
}

describe('rehype-figures', () => {
  it('makes a titled picture alone in its paragraph a figure with its caption and credit', () => {
    expect(run('<p><img src="./map.png" alt="Route map" title="The new route. Map: City of Leeds"></p>')).toBe(
      `<figure><img src="./map.png" alt="Route map" sizes="${STORY_COLUMN_SIZES}"><figcaption>The new route. <span class="credit">Map: City of Leeds</span></figcaption></figure>`,
    );
  });

  it('leaves a picture without a title, or inside a sentence, where it is', () => {
    expect(run('<p><img src="./map.png" alt="Route map"></p>')).toBe(`<p><img src="./map.png" alt="Route map" sizes="${STORY_COLUMN_SIZES}"></p>`);
    expect(run('<p>See <img src="crowd.jpg" alt="a crowd" title="Crowd"> here.</p>')).toContain('<p>See <img');
  });

  it('sizes only pictures from files beside the story', () => {
    expect(run('<p><img src="/logo.png" alt=""></p>')).toBe('<p><img src="/logo.png" alt=""></p>');
    expect(run('<p><img src="x" alt="" title="A caption"></p>')).toBe('<figure><img src="x" alt=""><figcaption>A caption</figcaption></figure>');
  });

  it('finds a figure inside a quotation or list item too', () => {
    expect(run('<blockquote><p><img src="crowd.jpg" alt="a crowd" title="Outside the hall"></p></blockquote>')).toContain('<blockquote><figure>');
  });
});

describe('splitting a credit from a caption', () => {
  it.each([
    ['Crowds outside the hall. Photo: Jane Doe/Harbour Press', 'Crowds outside the hall.', 'Photo: Jane Doe/Harbour Press'],
    ['Crowds outside the hall (Photo: Jane Doe)', 'Crowds outside the hall', 'Photo: Jane Doe'],
    ['Crowds outside the hall — Picture: Reuters', 'Crowds outside the hall', 'Picture: Reuters'],
    ['Photo: Jane Doe', '', 'Photo: Jane Doe'],
    ['The map: where the crane stood', 'The map: where the crane stood', undefined],
    ['A photo of the harbour', 'A photo of the harbour', undefined],
  ])('%s', (title, caption, credit) => {
    expect(splitCredit(title)).toEqual(credit ? { caption, credit } : { caption });
  });
});
