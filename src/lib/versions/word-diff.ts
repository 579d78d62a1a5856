import { diffWordsWithSpace } from 'diff';

// What changed between two versions of a story, word by word, paragraph by paragraph.

export type Change = 'same' | 'added' | 'removed';

export interface Segment {
  text: string;
  change: Change;
}

export interface WordDiff {
  /** Each paragraph of the two texts merged, its words marked as kept, added or removed. */
  paragraphs: Segment[][];
  added: number;
  removed: number;
}

/**
 * How many edits (tokens added or removed) a comparison may find before it gives up: two texts
 * that different are two stories, and comparing them word by word would take time growing with
 * the product of their lengths.
 */
export const MAX_EDITS = 4000;

const countWords = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** The words added and removed from `before` to `after` (each a list of paragraphs), or null when they are too different to compare. */
export function wordDiff(before: string[], after: string[]): WordDiff | null {
  // A paragraph break is a token of its own, so paragraphs survive the comparison.
  const changes = diffWordsWithSpace(before.join('\n'), after.join('\n'), { maxEditLength: MAX_EDITS });
  if (!changes) return null;
  const paragraphs: Segment[][] = [[]];
  let added = 0;
  let removed = 0;
  for (const part of changes) {
    const change: Change = part.added ? 'added' : part.removed ? 'removed' : 'same';
    if (change === 'added') added += countWords(part.value);
    if (change === 'removed') removed += countWords(part.value);
    part.value.split('\n').forEach((piece, i) => {
      if (i > 0) paragraphs.push([]);
      const current = paragraphs[paragraphs.length - 1];
      const push = (text: string, as: Change) => {
        if (!text) return;
        const last = current[current.length - 1];
        if (last?.change === as) last.text += text;
        else current.push({ text, change: as });
      };
      // Spaces around a change are not part of it: only the words are marked.
      const [, before, words, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(piece)!;
      push(before, 'same');
      push(words, change);
      push(after, 'same');
    });
  }
  return { paragraphs: paragraphs.filter((p) => p.some((s) => s.text.trim())), added, removed };
}
