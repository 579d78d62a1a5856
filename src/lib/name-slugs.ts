import { slugify } from './slug.ts';

// Topics and sources are named by people, and two names can slug alike: "C++" and "C" both
// slugify to "c". Such names never share a page: one keeps the plain slug, the others get a
// numbered one. The choice depends only on the names themselves, so a build is repeatable.

/** Two spellings that differ only in case, width or spacing are one name: "ICE" and "ice". */
export function nameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A name whose slug drops nothing but case and spacing: "C" for "c", unlike "C++". */
function sluggedCleanly(key: string, slug: string): boolean {
  return key.replace(/ /g, '-') === slug;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A unique slug for every name key. Names that slug alike share out the slug: the one that
 * slugs cleanly (or else the first in code-unit order) keeps it, the rest take `<slug>-2`,
 * `<slug>-3`… in code-unit order, skipping any slug another name has. `reserved` slugs are never
 * given out plain; a name that slugs to nothing gets `fallback`.
 */
export function assignSlugs(keys: Iterable<string>, fallback: string, reserved: ReadonlySet<string> = new Set()): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const key of new Set(keys)) {
    const base = slugify(key) || fallback;
    const group = groups.get(base);
    if (group) group.push(key);
    else groups.set(base, [key]);
  }
  const taken = new Set([...groups.keys(), ...reserved]);
  const slugs = new Map<string, string>();
  const waiting: [string, string][] = [];
  for (const base of [...groups.keys()].sort(byCodeUnit)) {
    const group = groups.get(base)!.sort(byCodeUnit);
    const keeper = reserved.has(base) ? undefined : (group.find((key) => sluggedCleanly(key, base)) ?? group[0]);
    for (const key of group) {
      if (key === keeper) slugs.set(key, base);
      else waiting.push([key, base]);
    }
  }
  for (const [key, base] of waiting) {
    let n = 2;
    while (taken.has(`${base}-${n}`)) n++;
    const slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(key, slug);
  }
  return slugs;
}
