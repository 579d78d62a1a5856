import { Document, Scalar } from 'yaml';

// Field order in written files: what a person looks for first comes first.
const ORDER = [
  'title', 'dek', 'date', 'updated', 'archived', 'source', 'url', 'byline', 'authors',
  'dateline', 'tags', 'people', 'places', 'organisations', 'language', 'license', 'corrections', 'draft', 'imported', 'versions',
];

const DATE_FIELDS = new Set(['date', 'updated', 'archived']);

/**
 * Frontmatter as a story file writes it: valid YAML whatever the text holds, fields in a fixed
 * order, empty values left out. Dates are quoted, because Astro's YAML reader would otherwise turn
 * them into UTC instants and lose the offset a date-time was written with.
 */
export function formatFrontmatter(fields: Record<string, unknown>): string {
  const present = Object.entries(fields).filter(
    ([, value]) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0),
  );
  const rank = (key: string) => (ORDER.includes(key) ? ORDER.indexOf(key) : ORDER.length);
  present.sort(([a], [b]) => rank(a) - rank(b));
  const doc = new Document(Object.fromEntries(present));
  for (const key of DATE_FIELDS) {
    const node = doc.get(key, true);
    if (node instanceof Scalar) node.type = Scalar.QUOTE_DOUBLE;
  }
  return `---\n${doc.toString({ lineWidth: 0 })}---\n`;
}
