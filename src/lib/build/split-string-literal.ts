// Node compiles a module holding one very long string literal in time that grows much faster than
// the string (measured on this project's 2-core machine: a 52 MB literal of stories' data took
// 28 s to import, the same data as 256K-character literals joined at run time 2.5 s). Astro's
// bundle holds the whole content store as one such literal, so this rewrites it as many.

const PREFIX = 'export default JSON.parse(';
const SUFFIX = ')';

/** Characters per literal: small enough to compile fast, few enough to keep the module plain. */
export const PART_LENGTH = 256 * 1024;

/**
 * `export default JSON.parse("…")` with its literal cut into parts joined when the module runs:
 * the same value, compiled fast. Any other code is not this module's shape: undefined.
 */
export function splitStoreLiteral(code: string, partLength: number = PART_LENGTH): string | undefined {
  if (!code.startsWith(`${PREFIX}"`) || !code.endsWith(`"${SUFFIX}`)) return undefined;
  let text: unknown;
  try {
    // The literal is JSON (Astro writes it with JSON.stringify): one string, or not this shape.
    text = JSON.parse(code.slice(PREFIX.length, -SUFFIX.length));
  } catch {
    return undefined;
  }
  if (typeof text !== 'string') return undefined;
  const parts: string[] = [];
  // A cut between the halves of a surrogate pair is harmless: each half is written as an escape
  // and the join puts the pair back together.
  for (let start = 0; start < text.length; start += partLength) parts.push(JSON.stringify(text.slice(start, start + partLength)));
  return `${PREFIX}[${parts.join(',\n')}].join("")${SUFFIX}`;
}
