import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance.ts';

describe('editDistance', () => {
  it('counts a swap of neighbours, a drop, an addition or a change as one edit', () => {
    expect(editDistance('cuort', 'court')).toBe(1);
    expect(editDistance('chicgo', 'chicago')).toBe(1);
    expect(editDistance('truump', 'trump')).toBe(1);
    expect(editDistance('veils', 'veals')).toBe(1);
    expect(editDistance('same', 'same')).toBe(0);
    expect(editDistance('deportaton', 'deportations')).toBe(2);
  });

  it('gives up past the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
  });
});
