import { describe, expect, it } from 'vitest';
import { bylineNames, citedName, naturalName } from './names.ts';
import { storyAuthors } from './work.ts';

describe('bylines', () => {
  it('splits a printed byline into names, without "By" and the publication’s own name', () => {
    expect(bylineNames('By Jane Doe and John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(bylineNames('by Jane Doe, John Roe & Ann Li; Li Wei')).toEqual(['Jane Doe', 'John Roe', 'Ann Li', 'Li Wei']);
    expect(bylineNames('By Jane Doe, The Evening Ledger', 'Evening Ledger')).toEqual(['Jane Doe']);
    expect(bylineNames('By Martin Luther King, Jr., and Ann Li')).toEqual(['Martin Luther King, Jr.', 'Ann Li']);
    expect(bylineNames('By Alexander Anderson')).toEqual(['Alexander Anderson']);
  });

  it('takes a story’s authors list before its byline', () => {
    expect(storyAuthors({ authors: ['Ann Li'], byline: 'By Jane Doe' })).toEqual([{ family: 'Li', given: 'Ann' }]);
    expect(storyAuthors({ authors: [], byline: 'By Jane Doe and Reuters' })).toEqual([{ family: 'Doe', given: 'Jane' }, { literal: 'Reuters' }]);
    expect(storyAuthors({ authors: [] })).toEqual([]);
  });
});

describe('names', () => {
  it('splits a person into given and family names, keeping particles and suffixes with them', () => {
    expect(citedName('Jane Doe')).toEqual({ family: 'Doe', given: 'Jane' });
    expect(citedName('Ana María López')).toEqual({ family: 'López', given: 'Ana María' });
    expect(citedName('Ludwig van Beethoven')).toEqual({ family: 'van Beethoven', given: 'Ludwig' });
    expect(citedName('Martin Luther King Jr.')).toEqual({ family: 'King', given: 'Martin Luther', suffix: 'Jr.' });
    expect(citedName('Martin Luther King, Jr.')).toEqual({ family: 'King', given: 'Martin Luther', suffix: 'Jr.' });
    expect(citedName('Doe, Jane')).toEqual({ family: 'Doe', given: 'Jane' });
    expect(citedName('  Jane \n Doe ')).toEqual({ family: 'Doe', given: 'Jane' });
  });

  it('keeps organisations and names it cannot split whole', () => {
    for (const name of ['Associated Press', 'Reuters', 'Wikinews contributors', 'Staff', 'BBC News', '王小明', 'Madonna']) expect(citedName(name)).toEqual({ literal: name });
  });

  it('writes a name back in its natural order', () => {
    expect(naturalName(citedName('Doe, Jane'))).toBe('Jane Doe');
    expect(naturalName(citedName('Martin Luther King Jr.'))).toBe('Martin Luther King Jr.');
    expect(naturalName(citedName('Reuters'))).toBe('Reuters');
  });
});
