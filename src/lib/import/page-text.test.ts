import { describe, expect, it } from 'vitest';
import { bylineNames, pageText } from './page-text.ts';

describe('texts a page names its story with', () => {
  it('decodes character references, once encoded or in JSON-LD', () => {
    expect(pageText('Floods &#8211; the aftermath')).toBe('Floods – the aftermath');
    expect(pageText('AT&amp;T   settles')).toBe('AT&T settles');
    expect(pageText('Plain <b>bold</b> headline')).toBe('Plain bold headline');
    expect(pageText('Fish & chips')).toBe('Fish & chips');
    expect(pageText('Apple <AAPL> beats estimates')).toBe('Apple <AAPL> beats estimates');
  });

  it('keeps only the names of a byline', () => {
    expect(bylineNames('By Priya Shah · 8 March 2024')).toBe('By Priya Shah');
    expect(bylineNames('By Priya Shah, Senior Political Reporter')).toBe('By Priya Shah');
    expect(bylineNames('By Priya Shah | The Ledger')).toBe('By Priya Shah');
    expect(bylineNames('By Priya Shah Updated 8 March 2024, 10:15 EST')).toBe('By Priya Shah');
    expect(bylineNames('By Anna Nowak and Piotr Zieliński')).toBe('By Anna Nowak and Piotr Zieliński');
    expect(bylineNames('Priya Shah is a reporter covering housing and the city council.')).toBe('Priya Shah');
    expect(bylineNames('By · 8 March 2024')).toBeUndefined();
    expect(bylineNames('By Priya Shah, March 8, 2024')).toBe('By Priya Shah');
    expect(bylineNames('By Jane Doe Updated Nov. 19, 2019 10:15 EST')).toBe('By Jane Doe');
    expect(bylineNames('By Jane Doe, Tuesday 19 November 2019')).toBe('By Jane Doe');
  });
});
