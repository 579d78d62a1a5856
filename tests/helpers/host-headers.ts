// Reads public/_headers the way Netlify and Cloudflare Pages do, so a browser test can serve the
// site with the very headers those hosts would send.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './build-site.ts';

export interface HeaderRule {
  /** A path pattern from the file: `*` matches anything, including slashes. */
  pattern: RegExp;
  headers: Record<string, string>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: {} });
      continue;
    }
    const at = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || at < 0) throw new Error(`public/_headers: "${line.trim()}" is neither a path nor a "Name: value" header under one`);
    rule.headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
  }
  return rules;
}

export function siteHeaderRules(): HeaderRule[] {
  return parseHeadersFile(fs.readFileSync(path.join(ROOT, 'public/_headers'), 'utf8'));
}

/** Every header the rules give a site path (later rules add to earlier ones). */
export function headersFor(rules: HeaderRule[], sitePath: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((rule) => rule.pattern.test(sitePath)).map((rule) => rule.headers));
}
