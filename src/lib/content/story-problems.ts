// Every problem a content sync finds in the archive's stories, gathered so one build names them
// all: a person fixing an archive fixes every file in one round, not one per build.

interface Problem {
  message: string;
  /** The line of the file it is on, when known. */
  line?: number;
}

export class StoryProblems {
  readonly #byFile = new Map<string, Problem[]>();
  #closed = false;

  /**
   * Notes a problem with `file`: `message` says what is wrong and what to do, without the file
   * name. Once the sync that gathers them is over (a dev server re-reading one changed file),
   * there is nothing to gather into: the problem is thrown at once.
   */
  add(file: string, message: string, line?: number): void {
    if (this.#closed) throw new Error(`${where(file, line)}: ${message}`);
    const list = this.#byFile.get(file) ?? [];
    if (!list.some((problem) => problem.message === message)) list.push({ message, line });
    this.#byFile.set(file, list);
  }

  /** Notes an error thrown while reading `file`, in the words of its message. */
  addError(file: string, error: unknown, prefix = ''): void {
    const line = (error as { loc?: { line?: unknown } } | undefined)?.loc?.line;
    this.add(file, prefix + errorText(error, file), typeof line === 'number' && line > 0 ? line : undefined);
  }

  has(file: string): boolean {
    return !this.#closed && this.#byFile.has(file);
  }

  /** The sync is over: from now on `add` throws. */
  close(): void {
    this.#closed = true;
  }

  get files(): string[] {
    return [...this.#byFile.keys()];
  }

  /** One error that lists every problem, files in name order; undefined when there are none. */
  error(): Error | undefined {
    if (this.#byFile.size === 0) return undefined;
    const files = [...this.#byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const lines = files.flatMap(([file, problems]) => problems.map(({ message, line }) => `  ${where(file, line)}: ${message.replace(/\n/g, '\n    ')}`));
    const count = files.length === 1 ? '1 story file has a problem' : `${files.length} story files have problems`;
    return new StoryProblemsError(`${count}; nothing was built. Fix each one and build again:\n${lines.join('\n')}`);
  }
}

export class StoryProblemsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoryProblemsError';
    // The message is the whole report; a stack into this project's loader would only bury it.
    this.stack = '';
  }
}

function where(file: string, line?: number): string {
  return line === undefined ? file : `${file}:${line}`;
}

/**
 * An error's message as a line of the report: without the file name it may start with (the
 * report gives it once), and for a schema error just its issues ("date: the date is missing…"),
 * without Astro's heading and bold marks.
 */
export function errorText(error: unknown, file: string): string {
  let message = error instanceof Error ? error.message : String(error);
  if (message.startsWith(`${file}: `)) message = message.slice(file.length + 2);
  return message
    .replace(/^\*\*[^\n]*\*\* data does not match collection schema\.\s*/, '')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}
