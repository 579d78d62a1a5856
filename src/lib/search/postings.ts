// Postings travel as small numbers: the gap to the previous story, shifted, plus field bits.
import { FIELD_BITS } from './options.ts';

/** Postings as gaps: story-number differences, each with its field bits. */
export function encodePostings(postings: number[]): number[] {
  const step = 2 ** FIELD_BITS;
  let previous = 0;
  return postings.map((posting) => {
    const id = Math.floor(posting / step);
    const encoded = (id - previous) * step + (posting % step);
    previous = id;
    return encoded;
  });
}

/** [story number, field bits] pairs back from gap-coded postings. */
export function decodePostings(encoded: number[]): [number, number][] {
  const step = 2 ** FIELD_BITS;
  let id = 0;
  return encoded.map((value) => {
    id += Math.floor(value / step);
    return [id, value % step];
  });
}
