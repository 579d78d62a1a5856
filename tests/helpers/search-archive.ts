// A searchable archive in memory, for tests and benchmarks of the search engine without a site:
// every file the build would write (index, documents, each story's whole text), read by name.
import { SearchIndexBuilder, type SearchStory, type ShardLimits } from '../../src/lib/search/build.ts';
import type { SearchFile } from '../../src/lib/search/format.ts';
import { SHARD_LIMITS } from '../../src/lib/search/options.ts';
import { ArchiveSearch } from '../../src/lib/search/query.ts';

export interface MemoryArchive {
  search: ArchiveSearch;
  /** The index files (not the texts), as the build writes them. */
  files: SearchFile[];
  /** Every file the search asked for, in order. */
  loaded: string[];
}

/** `stories` newest first. A file the build would not write is an error, as a 404 would be. */
export function memoryArchive(stories: SearchStory[], limits: ShardLimits = SHARD_LIMITS): MemoryArchive {
  const builder = new SearchIndexBuilder(limits);
  // The index numbers stories oldest first, as the site's build adds them.
  const texts = stories.toReversed().map((story) => builder.add(story));
  const { files, manifest } = builder.files();
  const byName = new Map([...files, ...texts, manifest].map((file) => [file.name, JSON.parse(file.body) as unknown]));
  const loaded: string[] = [];
  const search = new ArchiveSearch(JSON.parse(manifest.body), async (name) => {
    loaded.push(name);
    if (!byName.has(name)) throw new Error(`no such search file ${name}`);
    return byName.get(name);
  });
  return { search, files, loaded };
}
