// A worker thread that renders story markdown with the site's processor, so an archive's stories
// render on every core at once (see render-pool.ts). Messages in: RenderRequest; out: RenderReply.
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { storyMarkdownProcessor } from './pipeline.ts';
import { createPlainRenderer, isPlainMarkdown } from './plain-renderer.ts';
import type { RenderReply, RenderRequest } from './render-pool.ts';
import { storyNames } from '../names/story-names.ts';
import { storyTerms } from '../similar/story-terms.ts';

const renderer = await storyMarkdownProcessor().createRenderer(workerData);
const plain = createPlainRenderer();

parentPort!.on('message', async ({ id, body, filePath, headline }: RenderRequest) => {
  let reply: RenderReply;
  try {
    const options = { fileURL: filePath ? pathToFileURL(filePath) : undefined };
    const { code, metadata } = await (isPlainMarkdown(body) ? plain : renderer).render(body, options);
    const { frontmatter: _, ...rest } = metadata;
    reply = { id, html: code, metadata: { ...rest, names: storyNames(headline.title, code, headline.language), terms: storyTerms(headline.title, code) } };
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : new Error(String(error));
    reply = { id, error: { message, stack } };
  }
  parentPort!.postMessage(reply);
});
