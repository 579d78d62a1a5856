// For the citation tests: a story made as the site makes one, cited at an archive address, and
// a citation written out with its italics as *…*, the way the style guides' examples are quoted.
import { makeStories, type StorySpec } from '../../../tests/helpers/stories.ts';
import type { StyledCitation } from './styled.ts';
import { citedWork, type CitedWork } from './work.ts';

export const ARCHIVE = 'https://archive.example/news/';

export function workOf(spec: Omit<StorySpec, 'slug'> & { slug?: string }): CitedWork {
  const [story] = makeStories([{ slug: 'story', ...spec }]);
  return citedWork(story, `${ARCHIVE}${story.path.slice(1)}`, 'Clippings');
}

export const marked = (citation: StyledCitation) =>
  citation.map((part) => (typeof part === 'string' ? part : 'italic' in part ? `*${part.italic}*` : part.url)).join('');

/** The APA manual's newspaper example (Carey 2019; see styles.test.ts) as a story's fields. */
export const CAREY = {
  slug: 'forgetting',
  title: 'Can we get better at forgetting?',
  date: '2019-03-22',
  source: 'The New York Times',
  byline: 'By Benedict Carey',
  url: 'https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html',
  archived: '2019-03-25',
};
