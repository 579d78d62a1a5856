// Which files in a build's output folder are left over from an earlier build. The folder is kept
// between builds so that the pages an incremental build skips need not be copied back from the
// cache; what this build did not produce must then go, or a deleted story's page would stay online.

export interface OutputFile {
  /** Absolute path. */
  file: string;
  mtimeMs: number;
}

/**
 * The files to delete: neither written by this build (every file a build writes is newer than
 * its start) nor one of the pages it kept in place (`kept`: every route's output this build).
 */
export function staleFiles(files: OutputFile[], kept: ReadonlySet<string>, buildStartedMs: number): string[] {
  return files.filter(({ file, mtimeMs }) => mtimeMs < buildStartedMs && !kept.has(file)).map(({ file }) => file);
}
