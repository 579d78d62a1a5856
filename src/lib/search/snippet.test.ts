import { describe, expect, it } from 'vitest';
import { highlight, snippet } from './snippet.ts';
import { storySnippet } from './results.ts';

const marked = (segments: { text: string; mark: boolean }[]) => segments.filter((s) => s.mark).map((s) => s.text);

describe('highlight and snippet', () => {
  it('marks the words whose search form matched, accents and quotes aside', () => {
    const segments = highlight('Floods in Gdańsk: Trump’s visit', ['gdansk', 'trump']);
    expect(marked(segments)).toEqual(['Gdańsk', 'Trump’s']);
    expect(segments.map((s) => s.text).join('')).toBe('Floods in Gdańsk: Trump’s visit');
  });

  it('marks words a half-typed query word begins', () => {
    expect(marked(highlight('Immigrant workers and immigration', [], ['immigr']))).toEqual(['Immigrant', 'immigration']);
  });

  it('marks a hyphenated word whole by its joined form, or the parts that match', () => {
    expect(marked(highlight('Thousands march in anti-Brexit protest', ['antibrexit']))).toEqual(['anti-Brexit']);
    expect(marked(highlight('Thousands march in anti-Brexit protest', ['brexit']))).toEqual(['Brexit']);
    expect(marked(highlight('A COVID-19 ward', ['covid19']))).toEqual(['COVID-19']);
  });

  it('cuts a long text around its first marked word', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(20)}The harbour wall was repaired. ${'More words follow here. '.repeat(20)}`;
    const { segments } = snippet(text, ['harbour'], [], 120);
    const joined = segments.map((s) => s.text).join('');
    expect(joined.startsWith('…')).toBe(true);
    expect(joined.endsWith('…')).toBe(true);
    expect(joined.length).toBeLessThanOrEqual(124);
    expect(marked(segments)).toEqual(['harbour']);
  });

  it('shows the window with the most different matched words, not the first match', () => {
    const text = `The harbour opened in spring. ${'Filler words go on here. '.repeat(30)}The harbour wall was repaired by the council. ${'More words follow here. '.repeat(30)}`;
    const { segments, words } = snippet(text, ['harbour', 'wall', 'council'], [], 120);
    expect(marked(segments)).toEqual(['harbour', 'wall', 'council']);
    expect(words).toBe(3);
  });

  it('shows two passages when the words are found far apart', () => {
    const text = `Rain fell on the dam overnight. ${'Filler words go on here. '.repeat(30)}Engineers opened the sluice at noon. ${'More words follow here. '.repeat(30)}`;
    const { segments, words } = snippet(text, ['dam', 'sluice'], [], 200);
    const joined = segments.map((s) => s.text).join('');
    expect(marked(segments)).toEqual(['dam', 'sluice']);
    expect(words).toBe(2);
    expect(joined).toMatch(/^Rain fell on the dam.* … .*Engineers opened the sluice.*…$/);
    expect(joined.length).toBeLessThan(280);
  });

  it('prefers the dek unless the body shows more of the query', () => {
    const body = `${'Opening words of the story. '.repeat(20)}Later the penguins waddled back to the colony.`;
    expect(storySnippet('Birds return to the island.', body, ['penguins', 'colony'], []).map((s) => s.text).join('')).toMatch(/penguins waddled back to the colony/);
    expect(storySnippet('Penguins return to their colony.', body, ['penguins', 'colony'], []).map((s) => s.text).join('')).toBe('Penguins return to their colony.');
  });

  it('never cuts off a marked word the passage was chosen for', () => {
    const text = `covid cases rose, said the report on the vaccine. ${'More words follow here. '.repeat(10)}`;
    // The window ends exactly after "vaccine", with a full stop after it and no space.
    const chars = text.indexOf('vaccine') + 'vaccine'.length;
    const { segments, words } = snippet(text, ['covid', 'vaccine'], [], chars);
    expect(marked(segments)).toEqual(['covid', 'vaccine']);
    expect(words).toBe(2);
  });
});
