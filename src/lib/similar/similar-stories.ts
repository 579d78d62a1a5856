// Stories that say much the same, from the words each uses most (story-terms.ts): a story's terms
// are weighted by how rare they are in the archive (idf) and by their rank in the story, and
// stories are compared by the cosine of those weights. An inverted index from term to stories
// finds the candidates; terms in more than MAX_SHARE of the archive say nothing and are skipped,
// and of a longer list only the MAX_POSTINGS stories nearest in time are read, so the work per
// story is bounded and the whole archive costs O(n · terms · MAX_POSTINGS).

import { lowerBound } from '../lower-bound.ts';

export interface SimilarIndex {
  /** Up to `limit` story numbers most like story `i`, most alike first, with their cosine. */
  similarTo(i: number, limit: number): { story: number; score: number }[];
}

const MAX_SHARE = 0.05;
const MAX_POSTINGS = 200;
/** Below this cosine two stories share a word or two, not a subject. */
export const MIN_SIMILARITY = 0.12;

/** `terms[i]`: story i's terms, commonest first (storyTerms); stories in publication order. */
export function buildSimilarIndex(terms: string[][]): SimilarIndex {
  const n = terms.length;
  const df = new Map<string, number>();
  for (const list of terms) for (const term of new Set(list)) df.set(term, (df.get(term) ?? 0) + 1);
  const maxDf = Math.max(2, Math.floor(n * MAX_SHARE));
  // Each story's terms as ids with weights, unit length.
  const ids = new Map<string, number>();
  const vectors: { ids: Int32Array; weights: Float32Array }[] = terms.map((list) => {
    const kept = [...new Set(list)].filter((term) => (df.get(term) ?? 0) > 1 && (df.get(term) ?? 0) <= maxDf);
    const weights = kept.map((term) => Math.log(n / df.get(term)!) / (1 + list.indexOf(term) / list.length));
    const norm = Math.hypot(...weights) || 1;
    return {
      ids: Int32Array.from(kept, (term) => ids.get(term) ?? (ids.set(term, ids.size), ids.size - 1)),
      weights: Float32Array.from(weights, (w) => w / norm),
    };
  });
  // Each term's stories (in publication order) with the term's weight in each.
  const postings: { stories: number[]; weights: number[] }[] = Array.from({ length: ids.size }, () => ({ stories: [], weights: [] }));
  vectors.forEach((v, story) => v.ids.forEach((id, k) => {
    postings[id].stories.push(story);
    postings[id].weights.push(v.weights[k]);
  }));
  const scores = new Float32Array(n);

  function similarTo(i: number, limit: number) {
    const own = vectors[i];
    const touched: number[] = [];
    for (let k = 0; k < own.ids.length; k++) {
      const { stories: list, weights } = postings[own.ids[k]];
      const from = list.length <= MAX_POSTINGS ? 0 : Math.max(0, Math.min(list.length - MAX_POSTINGS, lowerBound(list, i) - MAX_POSTINGS / 2));
      const weight = own.weights[k];
      for (let j = from; j < Math.min(list.length, from + MAX_POSTINGS); j++) {
        const other = list[j];
        if (other === i) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other] += weight * weights[j];
      }
    }
    const best: { story: number; score: number }[] = [];
    for (const other of touched) if (scores[other] >= MIN_SIMILARITY) best.push({ story: other, score: scores[other] });
    best.sort((a, b) => b.score - a.score || a.story - b.story).length = Math.min(best.length, limit);
    for (const other of touched) scores[other] = 0;
    return best;
  }
  return { similarTo };
}
