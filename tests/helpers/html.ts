// Reading built pages as trees rather than strings, so tests ask what a reader sees.
import fs from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Root, Element, RootContent } from 'hast';

const parser = unified().use(rehypeParse);

export function parseHtml(html: string): Root {
  return parser.parse(html);
}

/** Every .html file under a built site, as paths relative to it. */
export function htmlFiles(outDir: string): string[] {
  return (fs.readdirSync(outDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
}

export function loadPage(outDir: string, file: string): Root {
  return parseHtml(fs.readFileSync(path.join(outDir, file), 'utf8'));
}

export { select, selectAll, toString };
export type { Root, Element };

export function attr(element: Element | undefined, name: string): string | undefined {
  const value = element?.properties?.[name];
  return value === undefined || value === null ? undefined : Array.isArray(value) ? value.join(' ') : String(value);
}

/** Every element of a tree, in document order (templates included). */
export function* elements(node: Root | RootContent): Generator<Element> {
  if (node.type === 'element') {
    yield node;
    if (node.content) yield* elements(node.content);
  }
  if ('children' in node) for (const child of node.children) yield* elements(child);
}
