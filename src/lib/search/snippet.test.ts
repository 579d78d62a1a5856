import { describe, expect, it } from 'vitest';
import { highlight, snippet } from './snippet.ts';

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
    const segments = snippet(text, ['harbour'], [], 120);
    const joined = segments.map((s) => s.text).join('');
    expect(joined.startsWith('…')).toBe(true);
    expect(joined.endsWith('…')).toBe(true);
    expect(joined.length).toBeLessThanOrEqual(124);
    expect(marked(segments)).toEqual(['harbour']);
  });
});
