// Results into the page with DOM calls only: story text is set as text, never parsed as HTML.
import type { Segment } from '../../lib/search/snippet.ts';
import type { ResultView } from '../../lib/search/results.ts';
import { formatDay } from '../../lib/dates.ts';
import { withBase } from '../../lib/urls.ts';

function appendSegments(parent: HTMLElement, segments: Segment[]): void {
  for (const segment of segments) {
    if (segment.mark) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      parent.append(mark);
    } else {
      parent.append(document.createTextNode(segment.text));
    }
  }
}

/** Replaces an element's content with these runs. */
export function fillSegments(element: HTMLElement, segments: Segment[]): void {
  element.replaceChildren();
  appendSegments(element, segments);
  element.hidden = segments.length === 0;
}

export function resultItem(result: ResultView): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  heading.dir = 'auto';
  const link = document.createElement('a');
  link.href = withBase(result.path);
  appendSegments(link, result.headline);
  heading.append(link);

  const meta = document.createElement('p');
  meta.className = 'meta';
  const time = document.createElement('time');
  time.dateTime = result.day;
  time.textContent = formatDay(result.day);
  meta.append(time);
  if (result.source) {
    const source = document.createElement('span');
    source.textContent = result.source;
    meta.append(' ', source);
  }
  item.append(heading, meta);

  // Always there, hidden while empty: the passages that matched may fill it later.
  const text = document.createElement('p');
  text.className = 'snippet';
  text.dataset.searchSnippet = '';
  text.dir = 'auto';
  fillSegments(text, result.snippet);
  item.append(text);
  return item;
}
