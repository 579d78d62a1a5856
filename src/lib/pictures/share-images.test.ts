import { describe, expect, it } from 'vitest';
import type { GetImageResult, ImageMetadata, UnresolvedImageTransform } from 'astro';
import { cropWithin, previewSized, shareImages } from './share-images.ts';

describe('pictures for other sites', () => {
  it('crops to each shape at 1,200 pixels wide, never larger than the picture', () => {
    expect(cropWithin({ width: 4000, height: 3000 }, { width: 1200, height: 675 })).toEqual({ width: 1200, height: 675 });
    expect(cropWithin({ width: 800, height: 1200 }, { width: 1200, height: 675 })).toEqual({ width: 800, height: 450 });
    expect(cropWithin({ width: 900, height: 600 }, { width: 1200, height: 1200 })).toEqual({ width: 600, height: 600 });
  });

  it('asks the image service for JPEG crops in the 16:9, 4:3 and 1:1 shapes, the first for previews', async () => {
    const asked: UnresolvedImageTransform[] = [];
    const getImage = async (options: UnresolvedImageTransform) => {
      asked.push(options);
      return { src: `/_astro/photo_${options.width}x${options.height}.jpg` } as GetImageResult;
    };
    const picture = { src: '/_astro/photo.jpg', width: 3000, height: 2000, format: 'jpg' } as ImageMetadata;
    const lead = { picture, written: './photo.jpg', alt: 'A photo', width: 3000, height: 2000 };
    const made = await shareImages(lead, getImage);
    expect(made.map(({ width, height }) => width / height)).toEqual([16 / 9, 4 / 3, 1]);
    expect(made[0]).toEqual({ src: '/_astro/photo_1200x675.jpg', width: 1200, height: 675, type: 'image/jpeg' });
    expect(made[2]).toMatchObject({ width: 1200, height: 1200 });
    expect(asked.every((options) => options.src === picture && options.fit === 'cover' && options.format === 'jpg')).toBe(true);
  });

  it('offers link previews only pictures large enough for them', () => {
    expect(previewSized(cropWithin({ width: 4000, height: 3000 }, { width: 1200, height: 675 }))).toBe(true);
    expect(previewSized(cropWithin({ width: 50, height: 30 }, { width: 1200, height: 675 }))).toBe(false);
  });

  it('refuses a picture whose size was never read', async () => {
    const lead = { picture: {} as ImageMetadata, written: './photo.jpg', alt: 'A photo' };
    await expect(shareImages(lead, async () => ({}) as GetImageResult)).rejects.toThrow('the size of ./photo.jpg was not read');
  });
});
