import { Worker } from 'node:worker_threads';
import type { AstroConfig, MarkdownHeading } from 'astro';
import type { FoundNames } from '../names/find-names.ts';

// The frontmatter stays on this thread: the story pipeline only hands it back (see render()).
export interface RenderRequest {
  id: number;
  body: string;
  filePath?: string;
  /** What the worker needs of the frontmatter to find the names the story gives (names/story-names.ts). */
  headline: { title?: unknown; language?: unknown };
}

export interface RenderedMarkdown {
  html: string;
  metadata: {
    headings: MarkdownHeading[];
    localImagePaths: string[];
    remoteImagePaths: string[];
    frontmatter: Record<string, unknown>;
    names: FoundNames;
    terms: string;
  };
}

export type RenderReply =
  | { id: number; html: string; metadata: Omit<RenderedMarkdown['metadata'], 'frontmatter'> }
  | { id: number; error: { message: string; stack?: string } };

interface Job {
  resolve: (r: RenderedMarkdown) => void;
  reject: (e: Error) => void;
  frontmatter: Record<string, unknown>;
  filePath?: string;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Job>;
}

const WORKER = new URL('./render-worker.ts', import.meta.url);

/**
 * Worker threads that render markdown. Rendering is most of the work of reading an archive and
 * runs on one core in Astro; a pool of workers spreads it over all of them. Workers start on
 * the first job, and hold the process open only while they have work.
 */
export class RenderPool {
  #slots: Slot[] = [];
  #next = 0;
  #ids = 0;
  /** Jobs taken so far. */
  rendered = 0;

  readonly size: number;
  readonly #options: Record<string, unknown>;

  /** `options` go to the processor's createRenderer(), as Astro passes them. */
  constructor(size: number, options: Record<string, unknown>) {
    this.size = Math.max(1, size);
    this.#options = options;
  }

  render(body: string, frontmatter: Record<string, unknown>, filePath?: string): Promise<RenderedMarkdown> {
    if (this.#slots.length < this.size) this.#slots.push(this.#start());
    // Round robin: jobs are stories of similar size, so each worker gets a fair share.
    const slot = this.#slots[this.#next++ % this.#slots.length];
    const id = ++this.#ids;
    this.rendered++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject, frontmatter, filePath });
      slot.worker.ref();
      slot.worker.postMessage({ id, body, filePath, headline: { title: frontmatter.title, language: frontmatter.language } } satisfies RenderRequest);
    });
  }

  /** Stops the workers; a later job starts new ones. */
  async close(): Promise<void> {
    const slots = this.#slots;
    this.#slots = [];
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  #start(): Slot {
    const worker = new Worker(WORKER, { workerData: this.#options });
    const slot: Slot = { worker, pending: new Map() };
    worker.unref();
    worker.on('message', (reply: RenderReply) => {
      const job = slot.pending.get(reply.id);
      if (!job) return;
      slot.pending.delete(reply.id);
      if (slot.pending.size === 0) worker.unref();
      if ('error' in reply) {
        const error = new Error(reply.error.message);
        if (reply.error.stack) error.stack = reply.error.stack;
        job.reject(error);
      } else {
        // Astro's pipeline hands the frontmatter back as it was given (no story plugin changes it).
        job.resolve({ html: reply.html, metadata: { ...reply.metadata, frontmatter: job.frontmatter } });
      }
    });
    const fail = (error: Error) => {
      this.#slots = this.#slots.filter((s) => s !== slot);
      for (const job of slot.pending.values()) {
        job.reject(new Error(`The markdown worker stopped while rendering ${job.filePath ?? 'a story'}: ${error.message}`));
      }
      slot.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (slot.pending.size > 0) fail(new Error(`it exited with code ${code}`));
    });
    return slot;
  }
}

/** What Astro gives the markdown processor's createRenderer(), in a form a worker can receive. */
export function markdownOptions(config: AstroConfig): Record<string, unknown> {
  const { markdown, image } = config;
  return {
    image: { domains: image.domains, remotePatterns: image.remotePatterns },
    syntaxHighlight: markdown.syntaxHighlight,
    shikiConfig: markdown.shikiConfig,
    gfm: markdown.gfm,
    smartypants: markdown.smartypants,
  };
}
