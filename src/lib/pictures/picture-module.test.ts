import { describe, expect, it } from 'vitest';
import { astroFormat, originalName, pictureModuleCode } from './picture-module.ts';

describe('a story picture as a module', () => {
  it('uses the names Astro gives formats, and none for formats its image service does not take in', () => {
    expect(astroFormat('jpeg')).toBe('jpg');
    expect(astroFormat('png')).toBe('png');
    expect(astroFormat('avif')).toBe('avif');
    expect(astroFormat('svg')).toBeUndefined();
    expect(astroFormat('heic')).toBeUndefined();
  });

  it('names the original by its file and the digest of its bytes, safe in an address', () => {
    expect(originalName('/a/stories/2020/Harbour.JPG', 'AbC_-12345', 'jpg')).toBe('harbour.AbC_-12345.jpg');
    expect(originalName('/a/crowd 50% "Día".png', 'd', 'png')).toBe('crowd-50-dia.d.png');
    expect(originalName('/a/東京.jpeg', 'd', 'jpg')).toBe('picture.d.jpg');
    expect(originalName(`/a/${'x'.repeat(200)}.jpg`, 'd', 'jpg')).toHaveLength(60 + '.d.jpg'.length);
  });

  it('answers with the size and format, the address, and the link as the path Astro removes', async () => {
    const code = pictureModuleCode({ src: '/_astro/harbour.d.jpg', width: 3000, height: 2000, format: 'jpg', inAssets: '/site/_astro/harbour.d.jpg' });
    const picture = (await import(`data:text/javascript,${encodeURIComponent(code)}`)).default;
    expect(picture).toEqual({ src: '/_astro/harbour.d.jpg', width: 3000, height: 2000, format: 'jpg' });
    expect(picture.fsPath).toBe('/site/_astro/harbour.d.jpg');
    // Not enumerable: page keys and JSON never carry a path on the build machine.
    expect(Object.keys(picture)).not.toContain('fsPath');
  });
});
