/** How a story's origin is named: its source, or the original's host name when only a URL is known. */
export function sourceLabel(story: { source?: string; url?: string }): string {
  if (story.source) return story.source;
  if (story.url) return new URL(story.url).hostname.replace(/^www\./, '');
  return '';
}
