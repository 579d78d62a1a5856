import { describe, expect, it } from 'vitest';
import { prepareStory } from './prepare.ts';
import type { SourceRecord } from './record.ts';

const record = (fields: Record<string, unknown>, many = true): SourceRecord => ({
  file: 'export.jsonl',
  line: 3,
  fields: { title: 'Port strike ends', ...fields },
  body: { format: 'text', text: 'Dockers returned to work on Tuesday.' },
  raw: { line: '{}' },
  many,
  format: 'jsonl',
});

describe('dates a record garbles', () => {
  it('says what to do about an update date it cannot read', () => {
    const result = prepareStory(record({ date: '2019-11-19', updated: 'Tuesday-ish' }));
    expect('rejection' in result && result.rejection.reasons.join('\n')).toMatch(/^updated: .*pass --date to import the story without it$/m);
  });

  it('takes --date for a garbled date, and imports without an update it cannot read', () => {
    const result = prepareStory(record({ date: 'sometime in 2019', updated: 'Tuesday-ish' }), { date: '2019-11-19' });
    expect('story' in result && result.story.frontmatter).toEqual({ title: 'Port strike ends', date: '2019-11-19' });
    // A readable date of the record's own still wins in a file of many.
    const own = prepareStory(record({ date: '2019-11-18' }), { date: '2019-11-19' });
    expect('story' in own && own.story.frontmatter.date).toBe('2019-11-18');
  });
});
