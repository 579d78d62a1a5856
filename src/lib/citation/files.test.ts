// The files for reference managers, read back by other people's readers: BibTeX by a BibTeX
// parser (the one behind Better BibTeX for Zotero), RIS by Citation.js's RIS reader and a check
// of the format's line grammar, CSL-JSON by the CSL-JSON schema and rendered by citeproc-js.
import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { cslData } from '../../../tests/helpers/csl-data-schema.ts';
import { readRis, renderApa } from '../../../tests/helpers/citation-js.ts';
import { bibtex, latexText } from './bibtex.ts';
import { citationKey } from './key.ts';
import { cslItem, cslJson } from './csl-json.ts';
import { ris } from './ris.ts';
import { ARCHIVE, CAREY, workOf } from './test-helpers.ts';

// The APA manual's example (see styles.test.ts), as a story.
const carey = workOf(CAREY);

// Every character LaTeX, BibTeX, RIS or JSON treats specially, quotation marks, a line break,
// right-to-left text, emoji, an organisation, particles and a suffix.
const HOSTILE_TITLE = 'He said "no" to\nthe {plan} at 100% & $5 #1 a_b ^ ~ \\emph{x} } <b>|</b> ✊🏽 — تقرير';
const hostile = workOf({
  slug: 'hostile',
  title: HOSTILE_TITLE,
  date: '2024-03-01T09:30:00-04:00',
  source: 'The Gazette & {Co} 50%',
  authors: ['Zoë O’Neil', 'Ludwig van Beethoven', 'Martin Luther King Jr.', 'Associated Press', 'سارا احمدی', 'Ann\nLee'],
  url: 'https://example.org/a_b?c=1&d=%20{x}#frag',
  archived: '2024-04-01',
});
const ONE_LINE_TITLE = HOSTILE_TITLE.replace('\n', ' ');

describe('BibTeX', () => {
  it('writes the example as an @article a BibTeX parser reads back field for field', () => {
    const { errors, entries } = parse(bibtex(carey));
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry.type).toBe('article');
    expect(entry.key).toBe('carey2019can');
    expect(entry.fields).toMatchObject({
      author: [{ lastName: 'Carey', firstName: 'Benedict' }],
      title: 'Can we get better at forgetting?',
      journal: 'The New York Times',
      entrysubtype: 'newspaper',
      year: '2019',
      month: '3',
      date: '2019-03-22',
      url: `${ARCHIVE}2019/03/forgetting/`,
      urldate: '2019-03-25',
      note: 'Archived by Clippings; originally published at https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html',
      langid: 'en',
    });
  });

  it('escapes every LaTeX special so the parser gives back the text as written', () => {
    const source = bibtex(hostile);
    const { errors, entries } = parse(source);
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    const { fields } = entries[0];
    expect(fields.title).toBe(ONE_LINE_TITLE);
    expect(fields.journal).toBe('The Gazette & {Co} 50%');
    expect(fields.note).toBe('Archived by Clippings; originally published at https://example.org/a_b?c=1&d=%20{x}#frag');
    expect(fields.author).toEqual([
      { lastName: 'O’Neil', firstName: 'Zoë' },
      { lastName: 'Beethoven', firstName: 'Ludwig', prefix: 'van' },
      { lastName: 'King', firstName: 'Martin Luther', suffix: 'Jr.' },
      { name: 'Associated Press' },
      { lastName: 'احمدی', firstName: 'سارا' },
      { lastName: 'Lee', firstName: 'Ann' },
    ]);
    // One field a line: no value carries a line break into the file.
    expect(source.split('\n').slice(1, -2).every((line) => /^ {2}[a-z]+ *= /.test(line))).toBe(true);
  });

  it('makes a key of ASCII letters and digits from the story alone', () => {
    expect(citationKey(hostile)).toBe('oneil2024he');
    expect(citationKey(workOf({ title: 'The Zürich vote', date: '2024-01-02', source: 'Le Temps' }))).toBe('le2024zurich');
    expect(citationKey(workOf({ title: '的', date: '2024-01-02', slug: 'de' }))).toMatch(/^clippings2024[a-z0-9]+$/);
  });

  it('writes LaTeX specials as commands, braces balanced', () => {
    expect(latexText('{a} 100% & b_c \\ ^ ~ $ # <|>')).toBe(
      '\\textbraceleft{}a\\textbraceright{} 100\\% \\& b\\_c \\textbackslash{} \\textasciicircum{} \\textasciitilde{} \\$ \\# \\textless{}\\textbar{}\\textgreater{}',
    );
  });
});

describe('RIS', () => {
  // Tag lines "XX  - value", the record from TY to ER, each line ended by CR LF (the RIS specification).
  function expectRisGrammar(text: string) {
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- (?:\S.*)?$/);
    expect(lines[0]).toBe('TY  - NEWS');
    expect(lines.at(-1)).toBe('ER  - ');
    expect(lines.filter((line) => line.startsWith('TY') || line.startsWith('ER'))).toHaveLength(2);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  }

  it('writes the example as a NEWS record that Citation.js reads as a newspaper article', () => {
    const text = ris(carey);
    expectRisGrammar(text);
    const [item] = readRis(text);
    expect(item).toMatchObject({
      type: 'article-newspaper',
      title: 'Can we get better at forgetting?',
      'container-title': 'The New York Times',
      // RIS calls a newspaper article's author its reporter (Citation.js gives one as a string, more as a list).
      reporter: 'Carey, Benedict',
      issued: { 'date-parts': [[2019]] },
      accessed: { 'date-parts': [[2019, 3, 25]] },
      URL: [`${ARCHIVE}2019/03/forgetting/`, 'https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html'],
      source: 'Clippings',
      language: 'en',
    });
    expect(text).toContain('\r\nDA  - 2019/03/22/\r\n');
  });

  it('keeps hostile text on its tag’s line and readable', () => {
    const text = ris(hostile);
    expectRisGrammar(text);
    const [item] = readRis(text);
    expect(item.title).toBe(ONE_LINE_TITLE);
    expect(item.reporter).toEqual(['O’Neil, Zoë', 'van Beethoven, Ludwig', 'King, Martin Luther, Jr.', 'Associated Press', 'احمدی, سارا', 'Lee, Ann']);
    expect(item['container-title']).toBe('The Gazette & {Co} 50%');
  });
});

describe('CSL-JSON', () => {
  it('writes the example as one article-newspaper item the CSL-JSON schema accepts', () => {
    const data = JSON.parse(cslJson(carey));
    expect(cslData.safeParse(data).error).toBeUndefined();
    expect(data).toEqual([
      {
        id: 'carey2019can',
        type: 'article-newspaper',
        title: 'Can we get better at forgetting?',
        'container-title': 'The New York Times',
        author: [{ family: 'Carey', given: 'Benedict' }],
        issued: { 'date-parts': [[2019, 3, 22]] },
        accessed: { 'date-parts': [[2019, 3, 25]] },
        URL: `${ARCHIVE}2019/03/forgetting/`,
        archive: 'Clippings',
        note: 'Originally published at https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html',
        language: 'en',
      },
    ]);
  });

  it('is rendered by citeproc-js in APA as the manual’s example, citing the archive’s copy', () => {
    expect(renderApa(JSON.parse(cslJson(carey)))).toBe(
      `Carey, B. (2019, March 22). Can we get better at forgetting? The New York Times. Clippings. ${ARCHIVE}2019/03/forgetting/`,
    );
  });

  it('keeps hostile text as data, names as family and given or literal, and passes the schema', () => {
    const data = JSON.parse(cslJson(hostile));
    expect(cslData.safeParse(data).error).toBeUndefined();
    expect(data[0].title).toBe(ONE_LINE_TITLE);
    expect(data[0].issued).toEqual({ 'date-parts': [[2024, 3, 1]] });
    expect(data[0].author).toEqual([
      { family: 'O’Neil', given: 'Zoë' },
      { family: 'van Beethoven', given: 'Ludwig' },
      { family: 'King', given: 'Martin Luther', suffix: 'Jr.' },
      { literal: 'Associated Press' },
      { family: 'احمدی', given: 'سارا' },
      { family: 'Lee', given: 'Ann' },
    ]);
    expect(renderApa(data)).toContain('O’Neil, Z., van Beethoven, L., King, M. L., Jr., Associated Press, احمدی, س., & Lee, A. (2024, March 1).');
  });

  it('the schema refuses what CSL-JSON does not allow', () => {
    const [item] = JSON.parse(cslJson(carey));
    expect(cslData.safeParse([{ ...item, type: 'newspaper' }]).success).toBe(false);
    expect(cslData.safeParse([{ ...item, issued: { 'date-parts': [[]] } }]).success).toBe(false);
    expect(cslData.safeParse([{ ...item, author: [{ name: 'Carey' }] }]).success).toBe(false);
    expect(cslData.safeParse([{ ...item, originalURL: 'x' }]).success).toBe(false);
    expect(cslData.safeParse(item).success).toBe(false);
  });

  it('leaves out what is not known', () => {
    const item = cslItem(workOf({ title: 'T', date: '2024-01-02' }));
    expect(Object.keys(item).sort()).toEqual(['URL', 'archive', 'id', 'issued', 'language', 'title', 'type']);
  });
});
