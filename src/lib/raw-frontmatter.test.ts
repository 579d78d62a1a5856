import { describe, expect, it } from 'vitest';
import { restoreWrittenDates, wasUtf8, writtenDates } from './raw-frontmatter.ts';

const file = (frontmatter: string) => `---\n${frontmatter}\n---\n\ndate: 1999-01-01 in the body is not frontmatter\n`;

describe('dates as written', () => {
  it('reads unquoted, quoted and commented dates from the frontmatter only', () => {
    expect(writtenDates(file('title: x\ndate: 2025-02-30 # typo\nupdated: "2025-06-15T23:30:00-05:00"'))).toEqual({
      date: '2025-02-30',
      updated: '2025-06-15T23:30:00-05:00',
    });
    expect(writtenDates('no frontmatter at all')).toEqual({});
  });

  it('replaces the Dates YAML made with the written text', () => {
    const data: Record<string, unknown> = { date: new Date(Date.UTC(2025, 2, 2)), title: 'x' };
    restoreWrittenDates(data, file('title: x\ndate: 2025-02-30'));
    expect(data.date).toBe('2025-02-30');
  });

  it('keeps the offset of an unquoted date-time', () => {
    const data: Record<string, unknown> = { date: new Date('2025-07-01T04:30:00Z') };
    restoreWrittenDates(data, file('date: 2025-06-30T23:30:00-05:00'));
    expect(data.date).toBe('2025-06-30T23:30:00-05:00');
  });

  it('leaves strings alone', () => {
    const data: Record<string, unknown> = { date: '2025-06-15' };
    restoreWrittenDates(data, file('date: 2025-06-16'));
    expect(data.date).toBe('2025-06-15');
  });
});

describe('wasUtf8', () => {
  it('accepts UTF-8 and rejects Latin-1 bytes behind a text that needs checking', () => {
    expect(wasUtf8('\uFFFD', () => Buffer.from('Gdańsk — 東京', 'utf8'))).toBe(true);
    expect(wasUtf8('\uFFFD', () => Buffer.from([0x43, 0x61, 0x66, 0xe9]))).toBe(false);
  });

  const latin1 = Buffer.from([0x43, 0x61, 0x66, 0xe9]);

  it('trusts a decoded text with no replacement character, without reading the bytes', () => {
    expect(wasUtf8('Gdańsk — 東京', () => { throw new Error('read'); })).toBe(true);
  });

  it('finds invalid bytes behind the replacement character decoding put in', () => {
    expect(wasUtf8(latin1.toString('utf8'), () => latin1)).toBe(false);
  });

  it('accepts a replacement character that was written on purpose', () => {
    const text = 'An unreadable glyph: \uFFFD';
    expect(wasUtf8(text, () => Buffer.from(text, 'utf8'))).toBe(true);
  });
});
