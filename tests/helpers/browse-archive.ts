// A deterministic archive for the browsing tests: 140 stories over six years (2022 left empty),
// one month long enough to need a second page and holding a story whose file is "page.md",
// topics and sources whose names collide ("ICE"/"ice", "C++"/"C", "by count"), stories with no
// source or with only a URL, and a headline that tries to end a <script> element.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface FixtureStory {
  slug: string;
  title: string;
  date: string;
  year: number;
  month: number;
  tags: string[];
  source?: string;
  url?: string;
  path: string;
}

export const HOSTILE_TITLE = 'Budget </script><script>alert(1)</script> & “quotes”';

const TOPICS = ['immigration', 'ICE', 'ice', 'C++', 'C', 'by count', 'Gdańsk', 'elections', 'weather', 'Page', '<b>markup</b> & co', 'science'];
const SOURCES = ['The Evening Ledger', 'the evening ledger', 'Baltic Courier', 'C++ Weekly', 'C Weekly'];
const YEARS = [2019, 2020, 2021, 2023, 2024, 2025];

/** A small seeded generator, so every run writes the same archive. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function browseStories(): FixtureStory[] {
  const next = random(20250615);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const stories: FixtureStory[] = [];
  for (let i = 0; i < 140; i++) {
    // 25 stories in March 2024 so that month has two pages; the rest spread over the years.
    const crowded = i < 25;
    const year = crowded ? 2024 : pick(YEARS);
    const month = crowded ? 3 : 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const time = i % 3 === 0 ? `T${pad(Math.floor(next() * 24))}:${pad(Math.floor(next() * 60))}:00+02:00` : '';
    const slug = i === 0 ? 'page' : `story-${i}`;
    const tags = [...new Set([pick(TOPICS), pick(TOPICS), ...(i % 4 === 0 ? [pick(TOPICS)] : [])])];
    const sourceKind = i % 7;
    const source = sourceKind < 5 ? SOURCES[(i * 3) % SOURCES.length] : undefined;
    const url = sourceKind === 5 ? `https://news.example.net/${i}` : sourceKind === 0 ? `https://example.com/${i}` : undefined;
    const title = i === 7 ? HOSTILE_TITLE : `Story ${i}: ${tags.join(', ')}`;
    stories.push({ slug, title, date: `${year}-${pad(month)}-${pad(day)}${time}`, year, month, tags, source, url, path: `/${year}/${pad(month)}/${slug}/` });
  }
  return stories;
}

function storyFile(story: FixtureStory, i: number): string {
  const lines = [
    '---',
    `title: ${JSON.stringify(story.title)}`,
    `date: "${story.date}"`,
    ...(story.source ? [`source: ${JSON.stringify(story.source)}`] : []),
    ...(story.url ? [`url: ${story.url}`] : []),
    `tags: ${JSON.stringify(story.tags)}`,
    `people: ${JSON.stringify([`Person ${i % 9}`])}`,
    `places: ${JSON.stringify([`Place ${i % 5}`])}`,
    ...(i % 5 === 0 ? ['authors: ["Maria Lopez", "Sam Roe"]', 'archived: "2025-07-01"'] : []),
    // Story 1 was imported twice, its original edited between: two versions, and how each came in.
    ...(i === 1
      ? [
          'imported: { at: "2025-07-02T08:00:00Z", format: warc, file: crawl.warc.gz, record: "<urn:uuid:7c0e5c2a-2b1e-4f0e-9d7a-1f2e3d4c5b6a>" }',
          'versions:',
          '  - archived: "2025-06-30T12:00:00Z"',
          `    title: ${JSON.stringify(story.title)}`,
          '    body: |',
          `      Paragraph one of story ${i}, as first published.`,
          '',
          `      Paragraph two of story ${i}, with a few words to read.`,
        ]
      : []),
    '---',
    '',
    `Paragraph one of story ${i}.`,
    '',
    `Paragraph two of story ${i}, with a few more words to read.`,
    '',
  ];
  return lines.join('\n');
}

/** The archive's content folder, written once per test run and shared by every test file. */
export function browseArchive(): string {
  const root = process.env.CLIPPINGS_TEST_SITES ?? os.tmpdir();
  const dir = path.join(root, 'browse-archive');
  if (fs.existsSync(dir)) return dir;
  const temp = fs.mkdtempSync(path.join(root, 'browse-archive-'));
  browseStories().forEach((story, i) => {
    const file = path.join(temp, 'stories', String(story.year), `${story.slug}.md`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, storyFile(story, i));
  });
  try {
    fs.renameSync(temp, dir);
  } catch {
    // Another worker wrote it first; theirs is the same.
    fs.rmSync(temp, { recursive: true, force: true });
  }
  return dir;
}
