// How well findNames does on the hand-annotated stories (tests/fixtures/names/): precision (a
// listed name is a person, place or organisation the story names, of that kind) and recall (the
// share of the annotated names listed). A listed name matches an annotated one by any of the forms
// the annotation gives, case and a leading "the" aside.
import fs from 'node:fs';
import { findNames, type FoundNames } from '../../src/lib/names/find-names.ts';
import { readCorpus } from '../../bench/generate-archive.ts';
import { CORPUS_EN, NAMES_ANNOTATED } from './fixtures.ts';

type Kind = keyof FoundNames;
export const KINDS: Kind[] = ['people', 'places', 'organisations'];

interface Annotated {
  id: string;
  title: string;
  people: { name: string; aliases?: string[] }[];
  places: { name: string; aliases?: string[] }[];
  organisations: { name: string; aliases?: string[] }[];
}

const form = (name: string) => name.normalize('NFKC').toLowerCase().replace(/^the\s+/, '').replace(/[.’']/g, '').replace(/\s+/g, ' ').trim();

export interface Score {
  listed: number;
  right: number;
  annotated: number;
  found: number;
  /** Listed names the annotation does not have, by story, for reading. */
  wrong: string[];
  /** Annotated names not listed. */
  missed: string[];
}

export const precision = (s: Score) => (s.listed ? s.right / s.listed : 1);
export const recall = (s: Score) => (s.annotated ? s.found / s.annotated : 1);

/** Scores by kind and in all, over the annotated stories. */
export function scoreNames(file = NAMES_ANNOTATED, find: (text: string) => FoundNames = (text) => findNames(text, 'en')): Record<Kind | 'all', Score> {
  const { stories } = JSON.parse(fs.readFileSync(file, 'utf8')) as { stories: Annotated[] };
  const byTitle = new Map(readCorpus(CORPUS_EN).map((story) => [story.title, story]));
  const empty = (): Score => ({ listed: 0, right: 0, annotated: 0, found: 0, wrong: [], missed: [] });
  const scores = { people: empty(), places: empty(), organisations: empty(), all: empty() };
  for (const gold of stories) {
    const story = byTitle.get(gold.title.trim());
    if (!story) throw new Error(`${file}: no corpus story is titled "${gold.title}"`);
    const found = find(`${story.title}\n\n${story.paragraphs.join('\n\n')}`);
    for (const kind of KINDS) {
      const entities = gold[kind].map((e) => new Set([e.name, ...(e.aliases ?? [])].map(form)));
      const listed = found[kind];
      const hit = new Set<number>();
      let right = 0;
      for (const name of listed) {
        const at = entities.findIndex((forms) => forms.has(form(name)));
        if (at === -1) scores[kind].wrong.push(`${story.title}: ${name}`);
        else {
          right++;
          hit.add(at);
        }
      }
      gold[kind].forEach((e, i) => hit.has(i) || scores[kind].missed.push(`${story.title}: ${e.name}`));
      for (const s of [scores[kind], scores.all]) {
        s.listed += listed.length;
        s.right += right;
        s.annotated += entities.length;
        s.found += hit.size;
      }
    }
  }
  for (const kind of KINDS) {
    scores.all.wrong.push(...scores[kind].wrong);
    scores.all.missed.push(...scores[kind].missed);
  }
  return scores;
}
