import { archivePath, searchPath, shelfPath } from './urls.ts';

export interface NavLink {
  /** Site path without `base`. */
  path: string;
  label: string;
}

/**
 * The site's main links. Topics only when some story has one: an archive imported without tags
 * would otherwise lead every reader to an empty shelf.
 */
export function siteNav({ hasTopics }: { hasTopics: boolean }): NavLink[] {
  return [
    { path: '/', label: 'Latest' },
    { path: archivePath(), label: 'Archive' },
    ...(hasTopics ? [{ path: shelfPath('topics'), label: 'Topics' }] : []),
    { path: shelfPath('sources'), label: 'Sources' },
    { path: searchPath(), label: 'Search' },
  ];
}
