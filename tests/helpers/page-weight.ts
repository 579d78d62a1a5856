// What a reader downloads for a built page, measured on the output folder: the page, its
// stylesheets, and the JavaScript it starts (module imports and workers, followed to the end).
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The page-weight budgets, KB gzip: a story's HTML and CSS, and the JavaScript any page starts
 * (the search page's: its script and the worker holding the whole search engine).
 */
export const BUDGET_KB = { storyHtmlCss: 40, storyHtmlCssFont: 60, script: 17 } as const;

export const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Same-site URLs a page loads before it is read: stylesheets, scripts, preloads, icons, images. */
export function loadedAssets(html: string): string[] {
  const urls: string[] = [];
  for (const [tag] of html.matchAll(/<(link|script|img|source|iframe|video|audio)\b[^>]*>/gi)) {
    const isLink = tag.startsWith('<link');
    if (isLink && !/rel="(stylesheet|preload|modulepreload|icon|manifest)"/.test(tag)) continue;
    const url = /\s(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (url) urls.push(url);
  }
  return urls;
}

/** The file behind a root-relative URL of a site built at base "/". */
export function assetFile(outDir: string, url: string): string {
  return path.join(outDir, decodeURI(url.split(/[?#]/)[0]));
}

/** Scripts a page starts: the src of each <script type="module">. */
export function pageScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/gi)].map((m) => m[1]);
}

/**
 * Every JavaScript file the given scripts bring in: static and dynamic imports and workers
 * (`new URL("…", import.meta.url)`), as root-relative URLs. The search index is JSON, not
 * counted here.
 */
export function scriptClosure(outDir: string, entries: string[]): string[] {
  const found = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const url = queue.pop()!;
    if (found.has(url)) continue;
    found.add(url);
    const code = fs.readFileSync(assetFile(outDir, url), 'utf8');
    const specifiers = [
      ...code.matchAll(/\b(?:import|export)\s*(?:[\w*{}\s,$]*\sfrom\s*)?["']([^"']+\.js)["']/g),
      ...code.matchAll(/\bimport\(\s*["']([^"']+\.js)["']\s*\)/g),
      // Bundlers write the worker's URL in any quotes, with the base: new URL(`/_astro/w.js`, ``+import.meta.url)
      ...code.matchAll(/new URL\(\s*["'`]([^"'`]+\.js)["'`]\s*,[^)]*import\.meta\.url\s*\)/g),
    ].map((m) => m[1]);
    for (const specifier of specifiers) queue.push(new URL(specifier, `http://site${url}`).pathname);
  }
  return [...found].sort();
}

/**
 * The font files every page of Latin text draws: those it preloads (the regular face) and the
 * Latin file of the semibold face its headings use, found in its stylesheets. Bytes as sent:
 * WOFF2 is compressed already, and servers send it as it is.
 */
export function pageFonts(outDir: string, html: string): string[] {
  const urls = loadedAssets(html);
  const preloaded = [...html.matchAll(/<link rel="preload" href="([^"]+)" as="font"/g)].map((m) => m[1]);
  const css = urls.filter((u) => u.endsWith('.css')).map((u) => fs.readFileSync(assetFile(outDir, u), 'utf8')).join('\n');
  // The Latin file of the semibold face (its unicode-range is minified past reading: "U+??").
  const headings = [...css.matchAll(/url\(([^)]*-latin-600-normal[^)]*\.woff2)\)/g)].map((m) => m[1]);
  return [...new Set([...preloaded, ...headings])];
}

export interface PageWeight {
  html: number;
  css: number;
  /** The fonts it draws its text in (pageFonts), bytes as sent. */
  fonts: number;
  /** Every script the page starts, with what they import and the workers they start. */
  js: number;
  scripts: string[];
}

/** Gzip bytes of a built page (a path relative to outDir) and what it loads. */
export function pageWeight(outDir: string, file: string): PageWeight {
  const html = fs.readFileSync(path.join(outDir, file), 'utf8');
  const sum = (urls: string[]) => urls.reduce((total, url) => total + gzipSize(fs.readFileSync(assetFile(outDir, url))), 0);
  const scripts = scriptClosure(outDir, pageScripts(html));
  const fonts = pageFonts(outDir, html).reduce((total, url) => total + fs.statSync(assetFile(outDir, url)).size, 0);
  return { html: gzipSize(html), css: sum(loadedAssets(html).filter((u) => u.endsWith('.css'))), fonts, js: sum(scripts), scripts };
}
