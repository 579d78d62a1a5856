import { slugify } from '../slug.ts';
import type { BulkFile, BulkFiles } from './bulk-files.ts';
import { RECORD_FIELDS } from './record-fields.ts';

// The bulk files described as a Frictionless Data Package (https://datapackage.org/), so data
// tools can find, check and read them: each file with its address, size, SHA-256 and number of
// stories, and the fields of its records (one Table Schema file that every file names). Paths are
// full addresses: the year files do not lie under /data/, and a package may not point at a
// parent folder.

export interface DataPackageSite {
  name: string;
  /** The archive's home page, in full. */
  homepage: string;
  /** The page listing the files, in full. */
  dataPage: string;
  /** The record's Table Schema (recordSchema()), in full: each resource names it rather than repeating it. */
  schema: string;
  /** A site path (without base) → its full address. */
  absolute: (sitePath: string) => string;
}

/** The record's fields as a Table Schema. */
export function recordSchema() {
  return {
    fields: RECORD_FIELDS.map((field) => ({
      name: field.name,
      type: field.type,
      ...(field.format && { format: field.format }),
      description: field.description,
      constraints: { required: !field.nullable },
    })),
    missingValues: [],
  };
}

function resource(file: BulkFile, name: string, title: string, site: DataPackageSite) {
  return {
    name,
    title,
    path: site.absolute(file.path),
    format: 'jsonl',
    mediatype: 'application/jsonl',
    compression: 'gz',
    encoding: 'utf-8',
    bytes: file.bytes.length,
    hash: `sha256:${file.sha256}`,
    // Not in the standard: the number of records, which is the number of lines.
    count: file.count,
    schema: site.schema,
  };
}

export function dataPackage(files: BulkFiles, site: DataPackageSite) {
  const slug = slugify(site.name) || 'archive';
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: `${slug}-stories`,
    title: `${site.name}: every story`,
    description:
      'Every published story of the archive as JSON Lines, one story a line, oldest first: one file for the whole archive and one per year, gzipped. ' +
      'Each line holds the story\'s frontmatter, its addresses and its body as text and as HTML. `count` gives each file\'s number of stories.',
    homepage: site.homepage,
    licenses: [
      {
        path: site.dataPage,
        title: 'Each story keeps its own license (its license field), or remains the work of its authors and publishers where it names none',
      },
    ],
    resources: [
      resource(files.archive, `${slug}-stories`, 'Every story', site),
      ...files.years.map((file) => resource(file, `${slug}-stories-${file.year}`, `Stories of ${file.year}`, site)),
    ],
  };
}
