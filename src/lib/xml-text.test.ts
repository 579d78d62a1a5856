import { describe, expect, it } from 'vitest';
import { xmlText } from './xml-text.ts';

// Every C0 control XML 1.0 forbids, written out so the test does not share the module's ranges.
const C0 = [0, 1, 2, 3, 4, 5, 6, 7, 8, 0x0e, 0x0f, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f]
  .map((c) => String.fromCharCode(c))
  .join('');

describe('text made safe for XML 1.0', () => {
  it('removes the C0 controls, U+FFFE and U+FFFF', () => {
    expect(xmlText(`Con${C0}trol\uFFFE room\uFFFF`)).toBe('Control room');
  });

  it('turns vertical tab and form feed, which separate words, into a space', () => {
    expect(xmlText('storm\vwatch\fdaily')).toBe('storm watch daily');
  });

  it('removes a lone surrogate but keeps a pair', () => {
    expect(xmlText('a\uD800b\uDC00c')).toBe('abc');
    expect(xmlText('tide \uDC00\uD800 tables')).toBe('tide  tables');
    expect(xmlText('flood 🌊 warning')).toBe('flood 🌊 warning');
  });

  it('keeps tab, line feed, carriage return and everything else XML allows', () => {
    const allowed = 'a\tb\nc\r\nd & <e> "f" \x7F\x85\u00A0\u200B\uD7FF\uE000\uFFFD \u{10FFFF} Gdańsk نمایشگاه 東京';
    expect(xmlText(allowed)).toBe(allowed);
  });
});
