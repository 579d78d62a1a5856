import { describe, expect, it } from 'vitest';
import { describeSchemaIssues, storySchema } from './schema.ts';

const minimal = { title: 'Council approves budget', date: '2025-06-15' };

function problems(data: unknown): string[] {
  const result = storySchema.safeParse(data);
  return result.success ? [] : describeSchemaIssues(result.error);
}

describe('story schema', () => {
  it('names the field and what to do for a broken earlier version', () => {
    const base = { title: 'T', date: '2024-09-17' };
    expect(problems({ ...base, versions: [{ archived: 'yesterday', title: 'T', body: 'x' }] })).toEqual([expect.stringMatching(/^versions\.0\.archived: .*not a date/)]);
    expect(problems({ ...base, versions: [{ archived: '2024-09-17', title: 'T', body: '  ' }] })).toEqual([expect.stringMatching(/^versions\.0\.body: the earlier text is empty/)]);
    expect(problems({ ...base, versions: 'old text' })).toEqual([expect.stringMatching(/^versions: expected a list of earlier versions/)]);
  });

  it('accepts a full entry and keeps every field', () => {
    const full = {
      title: 'Flood waters recede in Gdańsk',
      date: '2024-09-17T08:30:00+02:00',
      source: 'The Baltic Courier',
      url: 'https://example.org/news/flood',
      tags: ['floods', 'weather'],
      language: 'pl',
      dek: 'Residents return to the old town.',
      byline: 'By Anna Nowak',
      authors: ['Anna Nowak'],
      updated: '2024-09-18',
      archived: '2024-10-01',
      dateline: 'GDAŃSK',
      people: ['Anna Nowak'],
      places: ['Gdańsk'],
      organisations: ['Port of Gdańsk'],
      corrections: [{ date: '2024-09-19', text: 'An earlier version misstated the river.' }],
      versions: [{ archived: '2024-09-17T10:00:00Z', title: 'Flood waters begin to recede', body: 'Residents wait.' }],
      license: 'CC BY 4.0',
      draft: false,
    };
    const parsed = storySchema.parse(full);
    expect(parsed).toEqual(full);
  });

  it('fills defaults for a minimal entry', () => {
    expect(storySchema.parse(minimal)).toMatchObject({ tags: [], language: 'en', draft: false, people: [] });
  });

  it('turns an unquoted YAML date back into the day written', () => {
    expect(storySchema.parse({ ...minimal, date: new Date(Date.UTC(2025, 5, 15)) }).date).toBe('2025-06-15');
  });

  it('canonicalises language tags', () => {
    expect(storySchema.parse({ ...minimal, language: 'PT-br' }).language).toBe('pt-BR');
  });

  it.each([
    [{ date: '2025-06-15' }, /^title: the headline is missing/],
    [{ title: '  ', date: '2025-06-15' }, /^title: the headline is empty/],
    [{ title: 'x' }, /^date: the date is missing/],
    [{ ...minimal, date: '15/06/2025' }, /^date: "15\/06\/2025" is not a date/],
    [{ ...minimal, date: '2025-02-30' }, /^date: "2025-02-30" is not a day on the calendar/],
    [{ ...minimal, date: '2025-06-15T09:30:00' }, /^date: .* is not a date/],
    [{ ...minimal, date: '2025-06-15T25:30:00Z' }, /^date: .*impossible time/],
    [{ ...minimal, url: 'example.org/story' }, /^url: expected a full web address/],
    [{ ...minimal, url: 'javascript:alert(1)' }, /^url: expected a full web address/],
    [{ ...minimal, tags: 'floods' }, /^tags: expected a list of topics/],
    [{ ...minimal, tags: ['ok', 7] }, /^tags\.1: expected topic as text/],
    [{ ...minimal, language: 'not a language' }, /^language: "not a language" is not a BCP 47 language tag/],
    [{ ...minimal, draft: 'yes' }, /^draft: expected true or false/],
    [{ ...minimal, updated: '2025-13-01' }, /^updated: .*not a day on the calendar/],
    [{ ...minimal, corrections: [{ date: '2025-06-16' }] }, /^corrections\.0\.text: the correction is missing/],
  ])('rejects %j naming the field', (data, message) => {
    const found = problems(data);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatch(message);
  });

  describe('the lead picture', () => {
    it('keeps the path as written beside the picture, and asks for alt text', () => {
      expect(storySchema.parse({ ...minimal, image: './harbour.jpg', imageAlt: 'The harbour' })).toMatchObject({ image: './harbour.jpg', imagePath: './harbour.jpg' });
      expect(problems({ ...minimal, image: './harbour.jpg' })).toEqual([expect.stringMatching(/^imageAlt: the lead image has no alt text/)]);
      expect(problems({ ...minimal, imageCaption: 'A caption' })).toEqual([expect.stringMatching(/^imageCaption: imageCaption is set but the story has no image/)]);
    });

    it('refuses a web address or an absolute path, in a draft too', () => {
      for (const draft of [false, true]) {
        expect(problems({ ...minimal, draft, image: 'https://cdn.example.com/a/crowd.jpg?w=300', imageAlt: 'A crowd' })).toEqual([
          'image: "https://cdn.example.com/a/crowd.jpg?w=300" is a web address: download the picture, put it beside the story and write its path, e.g. ./crowd.jpg',
        ]);
        expect(problems({ ...minimal, draft, image: '/photos/crowd.jpg', imageAlt: 'A crowd' })[0]).toMatch(/^image: "\/photos\/crowd.jpg" is an absolute path/);
      }
    });

    it("keeps a draft's picture only as its path", () => {
      const parsed = storySchema.parse({ ...minimal, draft: true, image: './harbour.jpg', imageAlt: 'The harbour' });
      expect(parsed.image).toBeUndefined();
      expect(parsed.imagePath).toBe('./harbour.jpg');
    });
  });
});
