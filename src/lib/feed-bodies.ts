// Stories' bodies for feeds, as their pages show them. The stored HTML marks each picture from a
// file for Astro's image service to fill in when the story renders; Astro's container renders it
// the same way here, so a feed's pictures are the files the story page uses. Then addresses are
// made absolute (feed-html.ts). Each body is made once per build, however many feeds carry it.
import { render } from 'astro:content';
import { experimental_AstroContainer } from 'astro/container';
import { feedHtml } from './feed-html.ts';
import { getEntriesById } from './stories.ts';
import type { Story } from './story.ts';

let container: Promise<experimental_AstroContainer> | undefined;
const bodies = new Map<string, Promise<string>>();

/** Each story's body for a feed, by id. `absolute` turns a site path into the full address. */
export async function feedBodies(stories: Story[], absolute: (sitePath: string) => string): Promise<Map<string, string>> {
  const made = await Promise.all(stories.map((story) => feedBody(story, absolute)));
  return new Map(stories.map((story, i) => [story.id, made[i]]));
}

function feedBody(story: Story, absolute: (sitePath: string) => string): Promise<string> {
  let body = bodies.get(story.id);
  if (!body) {
    body = renderBody(story).then((html) => feedHtml(html, absolute(story.path)));
    bodies.set(story.id, body);
  }
  return body;
}

async function renderBody(story: Story): Promise<string> {
  const entry = (await getEntriesById()).get(story.id);
  if (!entry) throw new Error(`${story.file}: the story vanished from the collection during the build`);
  const { Content } = await render(entry);
  container ??= experimental_AstroContainer.create();
  return (await container).renderToString(Content);
}
