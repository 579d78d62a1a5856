// A link checker for a built site: every href and src in every page must reach a file in the
// output folder (under the site's base), and every #fragment on the same page must name an id.
import fs from 'node:fs';
import path from 'node:path';
import { elements, htmlFiles, loadPage } from './html.ts';

export interface BrokenLink {
  page: string;
  link: string;
  why: string;
}

export interface CrawlOptions {
  /** The site's origin, e.g. https://example.org: absolute links to it count as internal. */
  site: string;
  /** Astro's base, e.g. /news/ */
  base: string;
}

/** The file a site path is served from: /news/2024/ → 2024/index.html. */
function fileFor(outDir: string, pathname: string, base: string): string | undefined {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(prefix) && pathname !== prefix.slice(0, -1)) return undefined;
  const rest = decodeURIComponent(pathname.slice(prefix.length));
  const candidates = rest === '' || rest.endsWith('/') ? [`${rest}index.html`] : [rest, `${rest}/index.html`];
  return candidates.map((c) => path.join(outDir, c)).find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
}

export function crawl(outDir: string, { site, base }: CrawlOptions): { pages: number; links: number; broken: BrokenLink[] } {
  const origin = new URL(site).origin;
  const broken: BrokenLink[] = [];
  let links = 0;
  const files = htmlFiles(outDir);
  for (const file of files) {
    const tree = loadPage(outDir, file);
    const pageUrl = new URL(`${base.replace(/\/?$/, '/')}${file.replace(/(^|\/)index\.html$/, '$1')}`, origin);
    const ids = new Set<string>();
    const targets: string[] = [];
    for (const node of elements(tree)) {
      const props = node.properties;
      if (props.id) ids.add(String(props.id));
      for (const name of ['href', 'src'] as const) {
        if (typeof props[name] === 'string') targets.push(props[name]);
      }
    }
    for (const link of targets) {
      const url = new URL(link, pageUrl);
      if (url.origin !== origin || !/^https?:$/.test(url.protocol)) continue;
      links++;
      if (url.pathname === pageUrl.pathname && url.hash) {
        if (!ids.has(decodeURIComponent(url.hash.slice(1)))) broken.push({ page: file, link, why: 'no element has this id' });
        continue;
      }
      if (!fileFor(outDir, url.pathname, base)) broken.push({ page: file, link, why: 'no such file in the built site' });
    }
  }
  return { pages: files.length, links, broken };
}
