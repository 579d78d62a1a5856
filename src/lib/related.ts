import type { Story } from './story.ts';
import { nameKey } from './name-slugs.ts';
import { lowerBound } from './lower-bound.ts';
import { buildSimilarIndex } from './similar/similar-stories.ts';

// Related stories: those sharing two or more topics, people, places and organisations with a
// story (most first, then the nearest in time), then those most alike in words
// (similar/similar-stories.ts), then those sharing one name. Names alone leave a story that names
// no one else's without related stories, and one shared name ("United States") says little.
// For the names, the nearest in time. An inverted index (name → stories, in time order) is built once; each story
// then looks only at the `window` stories nearest in time on each of its names, so the work per
// story is bounded however large a topic grows, and the whole archive costs O(n · names · window)
// rather than O(n²). Per story: at most (names × (2 · window + 1)) candidates, scored in a reused array.

export interface RelatedIndex {
  relatedTo(story: Story, limit?: number): Story[];
}

function namesOf(story: Story): string[] {
  const keys = [
    ...story.tags.map((t) => `topic:${nameKey(t)}`),
    ...story.people.map((p) => `person:${nameKey(p)}`),
    ...story.places.map((p) => `place:${nameKey(p)}`),
    ...story.organisations.map((o) => `organisation:${nameKey(o)}`),
  ];
  return [...new Set(keys)];
}

/** `stories` in publication order (as getStories gives them). */
export function buildRelatedIndex(stories: Story[], window = 30): RelatedIndex {
  const similar = buildSimilarIndex(stories.map((story) => (story.terms ? story.terms.split(' ') : [])));
  const position = new Map<Story, number>();
  const postings = new Map<string, number[]>();
  const keysOf: string[][] = [];
  stories.forEach((story, i) => {
    position.set(story, i);
    keysOf.push(namesOf(story));
    for (const key of keysOf[i]) {
      const list = postings.get(key);
      if (list) list.push(i);
      else postings.set(key, [i]);
    }
  });

  // Names shared with each candidate, reused between calls (and cleared after each) so a call
  // allocates nothing in proportion to the archive.
  const scores = new Uint16Array(stories.length);

  function relatedTo(story: Story, limit = 5): Story[] {
    const self = position.get(story);
    if (self === undefined) return [];
    const candidates: number[] = [];
    for (const key of keysOf[self]) {
      const list = postings.get(key)!;
      const at = lowerBound(list, self);
      for (let j = Math.max(0, at - window); j < Math.min(list.length, at + window + 1); j++) {
        const other = list[j];
        if (other === self) continue;
        if (scores[other] === 0) candidates.push(other);
        scores[other]++;
      }
    }
    // Keep only the best `limit` while scanning: no sort of every candidate. Parallel arrays
    // rather than tuples, as this runs for every story page.
    const published = story.published;
    const bestIndex: number[] = [];
    const bestScore: number[] = [];
    const bestDistance: number[] = [];
    // More shared names first, then nearer in time, then earlier in the list (a stable order).
    const beats = (score: number, distance: number, i: number, at: number) =>
      score !== bestScore[at] ? score > bestScore[at] : distance !== bestDistance[at] ? distance < bestDistance[at] : i < bestIndex[at];
    for (const i of candidates) {
      const score = scores[i];
      scores[i] = 0;
      const distance = Math.abs(stories[i].published - published);
      if (bestIndex.length === limit && !beats(score, distance, i, limit - 1)) continue;
      let at = bestIndex.length;
      while (at > 0 && beats(score, distance, i, at - 1)) at--;
      bestIndex.splice(at, 0, i);
      bestScore.splice(at, 0, score);
      bestDistance.splice(at, 0, distance);
      if (bestIndex.length > limit) {
        bestIndex.pop();
        bestScore.pop();
        bestDistance.pop();
      }
    }
    // Two shared names, then alike in words, then one shared name.
    const chosen = new Set<number>();
    for (let k = 0; k < bestIndex.length; k++) if (bestScore[k] >= 2) chosen.add(bestIndex[k]);
    for (const { story: other } of similar.similarTo(self, limit)) if (chosen.size < limit) chosen.add(other);
    for (const i of bestIndex) if (chosen.size < limit) chosen.add(i);
    return [...chosen].map((i) => stories[i]);
  }

  return { relatedTo };
}
