// Citation.js (its RIS reader, and citeproc-js with the APA style it ships) for the citation
// tests. The packages have no type declarations, so they are loaded here once, typed by use.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Cite } = require('@citation-js/core');
require('@citation-js/plugin-ris');
require('@citation-js/plugin-csl');

export type CslData = Record<string, unknown>[];

/** RIS text read as CSL-JSON items by Citation.js's RIS parser. */
export function readRis(text: string): CslData {
  return new Cite(text, { forceType: '@ris/file', strict: true }).data;
}

/** CSL-JSON items rendered by citeproc-js in the APA style, as plain text. */
export function renderApa(items: unknown[]): string {
  return new Cite(items, { forceType: '@csl/list+object' }).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim();
}
