// The boundary between Astro's content collection and the rest of the site: every page asks
// here for stories, so the collection is read, checked and sorted once per build.
import { getCollection } from 'astro:content';
import { publishedStories, type Story } from './story.ts';

let stories: Promise<Story[]> | undefined;

export function getStories(): Promise<Story[]> {
  stories ??= getCollection('stories').then(publishedStories);
  return stories;
}
