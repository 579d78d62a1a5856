// The files an import reads: each input as named, and every story file inside a folder named
// as an input, found recursively in a stable order.
import fs from 'node:fs';
import path from 'node:path';
import { formatOfName } from './read.ts';
import { webArchiveKind } from './read-web-archive.ts';

// Not stories: a rejects file the importer wrote (import it on its own once fixed), the assets a
// browser saves beside a page ("Save Page As… complete" writes <name>_files/), hidden folders.
const REJECTS = /\.rejects(?:-\d+)?\.jsonl$/i;
const SKIPPED_FOLDER = /(?:_files|^\..*)$/;

/** `inputs` with each folder replaced by the story files under it; other inputs ("-" too) stay as they are. */
export function expandInputs(inputs: string[], cwd: string): string[] {
  return inputs.flatMap((input) => {
    if (input === '-') return [input];
    const full = path.resolve(cwd, input);
    let isFolder = false;
    try {
      isFolder = fs.statSync(full).isDirectory();
    } catch {
      return [input]; // reading it reports what is wrong
    }
    return isFolder ? storyFilesUnder(full).map((file) => path.join(input, path.relative(full, file))) : [input];
  });
}

function storyFilesUnder(folder: string): string[] {
  const files: string[] = [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [folder]; // a folder that cannot be read is reported as an input that cannot, and the rest go on
  }
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDER.test(entry.name)) files.push(...storyFilesUnder(full));
    } else if (entry.isFile() && (formatOfName(entry.name) || webArchiveKind(entry.name)) && !REJECTS.test(entry.name)) files.push(full);
  }
  return files;
}
