// The build's closing check of the data files (src/integrations/count-check.ts): the bulk files
// datapackage.json lists are there with the bytes and SHA-256 it states, the archive's file and
// the years' files together count every published story, and every story has its JSON.
import fs from 'node:fs';
import path from 'node:path';
import { sha256Hex } from './checksum.ts';
import { archiveDataPath, dataPackagePath, storyDataPath, withBase } from '../urls.ts';

interface Resource {
  path: string;
  bytes: number;
  hash: string;
  count: number;
}

/** What is wrong with the data files of the site built into `outDir` (under `base`), or an empty list. */
export function dataFileProblems(outDir: string, base: string, storyPaths: string[]): string[] {
  const packageFile = path.join(outDir, dataPackagePath());
  if (!fs.existsSync(packageFile)) return [`no ${dataPackagePath()}`];
  const resources = (JSON.parse(fs.readFileSync(packageFile, 'utf8')) as { resources: Resource[] }).resources;
  const problems: string[] = [];
  const prefix = withBase('/', base);
  let archive: Resource | undefined;
  let inYears = 0;
  for (const resource of resources) {
    const address = new URL(resource.path).pathname;
    const sitePath = `/${address.startsWith(prefix) ? address.slice(prefix.length) : address}`;
    if (sitePath === archiveDataPath()) archive = resource;
    else inYears += resource.count;
    const file = path.join(outDir, sitePath);
    if (!fs.existsSync(file)) {
      problems.push(`${sitePath} is listed in ${dataPackagePath()} but was not written`);
      continue;
    }
    const bytes = fs.readFileSync(file);
    if (bytes.length !== resource.bytes || `sha256:${sha256Hex(bytes)}` !== resource.hash) problems.push(`${sitePath} is not the file ${dataPackagePath()} describes (size or SHA-256)`);
  }
  const published = storyPaths.length;
  if (!archive) problems.push(`${dataPackagePath()} does not list ${archiveDataPath()}`);
  else if (archive.count !== published) problems.push(`${archiveDataPath()} holds ${archive.count} stories of ${published}`);
  if (inYears !== published) problems.push(`the year files hold ${inYears} stories of ${published}`);
  const missing = storyPaths.filter((storyPath) => !fs.existsSync(path.join(outDir, storyDataPath(storyPath))));
  if (missing.length > 0) problems.push(`no JSON for ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}`);
  return problems;
}
