// The three styles against each style's own published examples of a news article. Each example's
// facts (author, headline, newspaper, date, address) are given to a story as its frontmatter would
// hold them; the citation must be the published text, italics marked *…*, followed by only what
// the archive adds: its name, its permanent address and the day it took its copy.
import { describe, expect, it } from 'vitest';
import { apaReference } from './apa.ts';
import { chicagoBibliography, chicagoNote } from './chicago.ts';
import { mlaEntry } from './mla.ts';
import { plainText } from './styled.ts';
import { ARCHIVE, CAREY, marked, workOf } from './test-helpers.ts';

describe('APA 7', () => {
  // Publication Manual of the APA, 7th ed., 10.1 example 16 (newspaper article), as on the APA
  // Style site's "Newspaper article references" page: an online newspaper article with its URL.
  it('cites an online newspaper article as the manual’s example does (Carey 2019)', () => {
    const work = workOf(CAREY);
    expect(marked(apaReference(work))).toBe(
      'Carey, B. (2019, March 22). Can we get better at forgetting? *The New York Times*. https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html' +
        ` Retrieved March 25, 2019, from Clippings: ${ARCHIVE}2019/03/forgetting/`,
    );
  });

  // The same page's example of an article without a URL (from a database): the entry ends with the newspaper.
  it('ends the newspaper part as the manual does when there is no original address (Stobbe 2020)', () => {
    const work = workOf({ slug: 'cancer', title: 'Cancer death rate in U.S. sees largest one-year drop ever', date: '2020-01-08', source: 'Chicago Tribune', authors: ['Mike Stobbe'] });
    expect(marked(apaReference(work))).toBe(`Stobbe, M. (2020, January 8). Cancer death rate in U.S. sees largest one-year drop ever. *Chicago Tribune*. Clippings: ${ARCHIVE}2020/01/cancer/`);
  });

  it('lists up to twenty authors with "&", and the first nineteen, an ellipsis and the last beyond (9.8)', () => {
    const two = workOf({ title: 'T', date: '2024-01-02', authors: ['Maria Lopez', 'Sam Roe'] });
    expect(plainText(apaReference(two))).toMatch(/^Lopez, M., & Roe, S\. \(2024, January 2\)\. T\. /);
    const three = workOf({ title: 'T', date: '2024-01-02', authors: ['Jean-Paul Sartre', 'Ana María López', 'Martin Luther King Jr.'] });
    expect(plainText(apaReference(three))).toMatch(/^Sartre, J\.-P\., López, A\. M\., & King, M\. L\., Jr\. \(2024/);
    const many = workOf({ title: 'T', date: '2024-01-02', authors: Array.from({ length: 22 }, (_, i) => `Given${i} Family${i}`) });
    expect(plainText(apaReference(many))).toMatch(/^Family0, G\., .*Family18, G\., \. \. \. Family21, G\. \(2024/);
    expect(plainText(apaReference(many))).not.toContain('Family19');
    const authors = (n: number) => plainText(apaReference(workOf({ title: 'T', date: '2024-01-02', authors: Array.from({ length: n }, (_, i) => `Given${i} Family${i}`) })));
    expect(authors(20)).toMatch(/, Family18, G\., & Family19, G\. \(2024/);
    expect(authors(21)).toMatch(/, Family18, G\., \. \. \. Family20, G\. \(2024/);
  });

  it('puts the headline first when there is no author, and names an organisation as written (9.11, 9.12)', () => {
    expect(plainText(apaReference(workOf({ title: 'Bridge reopens', date: '2024-01-02', source: 'The Ledger' })))).toMatch(/^Bridge reopens\. \(2024, January 2\)\. The Ledger\. /);
    expect(plainText(apaReference(workOf({ title: 'T', date: '2024-01-02', byline: 'By Associated Press' })))).toMatch(/^Associated Press\. \(2024/);
  });
});

describe('MLA 9', () => {
  // The MLA Style Center's example of an online newspaper article (post "Should the initial article
  // in periodical titles be retained…?", written for the 8th edition; the 9th keeps each rule it
  // shows: the title as found, with its "The"; day, abbreviated month, year; the URL without its scheme).
  it('cites an online newspaper article as the MLA’s example does (Pfanner 2012)', () => {
    const work = workOf({
      slug: 'quants',
      title: 'The Rise of the Quants in Political Prognostication',
      date: '2012-11-08',
      source: 'The New York Times',
      authors: ['Eric Pfanner'],
      url: 'http://rendezvous.blogs.nytimes.com/2012/11/08/the-rise-of-the-quants-in-political-prognostication/',
      archived: '2012-11-09',
    });
    expect(marked(mlaEntry(work))).toBe(
      'Pfanner, Eric. “The Rise of the Quants in Political Prognostication.” *The New York Times*, 8 Nov. 2012, rendezvous.blogs.nytimes.com/2012/11/08/the-rise-of-the-quants-in-political-prognostication/.' +
        ` *Clippings*, archive.example/news/2012/11/quants/. Accessed 9 Nov. 2012.`,
    );
    // The shown address drops the scheme; the link keeps it.
    expect(mlaEntry(work)).toContainEqual({ url: 'rendezvous.blogs.nytimes.com/2012/11/08/the-rise-of-the-quants-in-political-prognostication/', href: work.originalUrl });
  });

  it('names two authors with "and", three or more as the first and "et al.", and none by the title', () => {
    const entry = (authors: string[]) => plainText(mlaEntry(workOf({ title: 'Who pays?', date: '2024-09-30', source: 'Ledger', authors })));
    expect(entry(['Maria Lopez', 'Sam Roe'])).toMatch(/^Lopez, Maria, and Sam Roe\. “Who pays\?” Ledger, 30 Sept\. 2024\. /);
    expect(entry(['Maria Lopez', 'Sam Roe', 'Ana Li'])).toMatch(/^Lopez, Maria, et al\. “/);
    expect(entry([])).toMatch(/^“Who pays\?” Ledger, 30 Sept\. 2024\. Clippings, archive\.example\/news\/2024\/09\/story\/\.$/);
  });
});

describe('Chicago 17 notes and bibliography', () => {
  // The Chicago Manual of Style, 17th ed., 14.191 (newspapers online), as in its Citation Quick
  // Guide under "News or magazine article": note and bibliography entry for Manjoo in the New York
  // Times; the initial "The" of an English-language newspaper's name is dropped (14.193).
  const manjoo = {
    slug: 'snap',
    title: 'Snap Makes a Bet on the Cultural Supremacy of the Camera',
    date: '2017-03-08',
    source: 'The New York Times',
    byline: 'By Farhad Manjoo',
    url: 'https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html',
    archived: '2017-04-01',
  };

  it('writes the bibliography entry as the manual’s example (Manjoo 2017)', () => {
    expect(marked(chicagoBibliography(workOf(manjoo)))).toBe(
      'Manjoo, Farhad. “Snap Makes a Bet on the Cultural Supremacy of the Camera.” *New York Times*, March 8, 2017. https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html.' +
        ` Clippings. Accessed April 1, 2017. ${ARCHIVE}2017/03/snap/.`,
    );
  });

  it('writes the note as the manual’s example (Manjoo 2017)', () => {
    expect(marked(chicagoNote(workOf(manjoo)))).toBe(
      'Farhad Manjoo, “Snap Makes a Bet on the Cultural Supremacy of the Camera,” *New York Times*, March 8, 2017, https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html' +
        `, Clippings, accessed April 1, 2017, ${ARCHIVE}2017/03/snap/.`,
    );
  });

  // The Quick Guide's Pai example has no newspaper "The" to drop, and a headline that starts with one.
  it('keeps a headline’s own "The" and a name without one (Pai 2017)', () => {
    const work = workOf({ slug: 'peeps', title: 'The Squishy, Sugary History of Peeps', date: '2017-04-11', source: 'Vox', authors: ['Tanya Pai'] });
    expect(marked(chicagoBibliography(work))).toBe(`Pai, Tanya. “The Squishy, Sugary History of Peeps.” *Vox*, April 11, 2017. Clippings. ${ARCHIVE}2017/04/peeps/.`);
    expect(marked(chicagoNote(work))).toBe(`Tanya Pai, “The Squishy, Sugary History of Peeps,” *Vox*, April 11, 2017, Clippings, ${ARCHIVE}2017/04/peeps/.`);
  });

  it('keeps "The" in a newspaper name in another language, and gives a revision date (14.13)', () => {
    const work = workOf({ title: 'Titre', date: '2024-01-02', updated: '2024-01-03', source: 'The Local', language: 'fr' });
    expect(plainText(chicagoBibliography(work))).toBe(`“Titre.” The Local, January 2, 2024, last modified January 3, 2024. Clippings. ${ARCHIVE}2024/01/story/.`);
  });

  it('lists authors as the manual does: inverted first in the bibliography, "et al." after three in a note (14.76)', () => {
    const authors = ['Maria Lopez', 'Sam Roe', 'Ana Li', 'Li Wei'];
    const work = workOf({ title: 'T', date: '2024-01-02', authors });
    expect(plainText(chicagoBibliography(work))).toMatch(/^Lopez, Maria, Sam Roe, Ana Li, and Li Wei\. “T\.”/);
    expect(plainText(chicagoNote(work))).toMatch(/^Maria Lopez et al\., “T,”/);
    expect(plainText(chicagoNote(workOf({ title: 'T', date: '2024-01-02', authors: authors.slice(0, 2) })))).toMatch(/^Maria Lopez and Sam Roe, “T,”/);
    const eleven = workOf({ title: 'T', date: '2024-01-02', authors: Array.from({ length: 11 }, (_, i) => `Given${i} Family${i}`) });
    expect(plainText(chicagoBibliography(eleven))).toMatch(/^Family0, Given0, Given1 Family1, .*Given6 Family6, et al\. “T\.”/);
  });
});

describe('hostile headlines and names', () => {
  const work = workOf({
    title: 'He said "no" to\nthe {plan} at 100% & more ✊🏽',
    date: '2024-03-01',
    source: 'The <b>Gazette</b>',
    authors: ['سارا احمدی', '王小明', 'Zoë "Z" O’Neil'],
  });

  it('turns a quotation inside a quoted title into single quotation marks and keeps it on one line', () => {
    expect(plainText(mlaEntry(work))).toContain('“He said ‘no’ to the {plan} at 100% & more ✊🏽.”');
    expect(plainText(chicagoNote(work))).toContain('“He said ‘no’ to the {plan} at 100% & more ✊🏽,”');
    expect(plainText(apaReference(work))).toContain(' He said "no" to the {plan} at 100% & more ✊🏽. ');
  });

  it('keeps names in any script, splitting only where there are words', () => {
    expect(plainText(mlaEntry(work))).toMatch(/^احمدی, سارا, et al\. /);
    expect(plainText(chicagoBibliography(work))).toMatch(/^احمدی, سارا, 王小明, and Zoë "Z" O’Neil\. /);
    expect(plainText(apaReference(work))).toMatch(/^احمدی, س\., 王小明, & O’Neil, Z\. Z\. \(2024/);
  });

  it('leaves markup as text: the page escapes it', () => {
    expect(mlaEntry(work)).toContainEqual({ italic: 'The <b>Gazette</b>' });
  });
});
