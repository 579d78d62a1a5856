// The names a search can be narrowed to: a topic, a person, a place or an organisation. Each is a
// shelf of the site, a field of the search page's form and a parameter of its URL (?person=…).
import { SHELF_WORDS } from '../shelf-words.ts';

export const FACETS = [
  { kind: 'topics', param: 'topic' },
  { kind: 'people', param: 'person' },
  { kind: 'places', param: 'place' },
  { kind: 'organisations', param: 'organisation' },
] as const;

export type FacetKind = (typeof FACETS)[number]['kind'];
export type FacetParam = (typeof FACETS)[number]['param'];

/** One name offered by a filter: as shown, how many stories name it, the file of their numbers (StoryNumbersFile). */
export type Facet = [name: string, stories: number, file: string];

/** The field's label ("Person") and its first option ("Any person"). */
export function facetWords(kind: FacetKind): { label: string; any: string } {
  const one = SHELF_WORDS[kind].one;
  return { label: one[0].toUpperCase() + one.slice(1), any: `Any ${one}` };
}
