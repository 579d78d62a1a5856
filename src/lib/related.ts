import type { Story } from './story.ts';
import { nameKey } from './name-slugs.ts';

// Related stories: those sharing the most topics, people and places with a story, then the
// nearest in time. An inverted index (name → stories, in time order) is built once; each story
// then looks only at the `window` stories nearest in time on each of its names, so the work per
// story is bounded however large a topic grows, and the whole archive costs O(n · names · window)
// rather than O(n²).

export interface RelatedIndex {
  relatedTo(story: Story, limit?: number): Story[];
}

function namesOf(story: Story): string[] {
  const keys = [
    ...story.tags.map((t) => `topic:${nameKey(t)}`),
    ...story.people.map((p) => `person:${nameKey(p)}`),
    ...story.places.map((p) => `place:${nameKey(p)}`),
  ];
  return [...new Set(keys)];
}

/** Where `value` is (or would go) in an ascending list. */
function lowerBound(list: number[], value: number): number {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `stories` in publication order (as getStories gives them). */
export function buildRelatedIndex(stories: Story[], window = 50): RelatedIndex {
  const position = new Map<Story, number>();
  const postings = new Map<string, number[]>();
  stories.forEach((story, i) => {
    position.set(story, i);
    for (const key of namesOf(story)) {
      const list = postings.get(key);
      if (list) list.push(i);
      else postings.set(key, [i]);
    }
  });

  function relatedTo(story: Story, limit = 5): Story[] {
    const self = position.get(story);
    if (self === undefined) return [];
    const shared = new Map<number, number>();
    for (const key of namesOf(story)) {
      const list = postings.get(key)!;
      const at = lowerBound(list, self);
      for (let j = Math.max(0, at - window); j < Math.min(list.length, at + window + 1); j++) {
        if (list[j] !== self) shared.set(list[j], (shared.get(list[j]) ?? 0) + 1);
      }
    }
    const distance = (i: number) => Math.abs(stories[i].published - story.published);
    return [...shared]
      .sort(([a, sa], [b, sb]) => sb - sa || distance(a) - distance(b) || a - b)
      .slice(0, limit)
      .map(([i]) => stories[i]);
  }

  return { relatedTo };
}
