// Every way the archive offers to cite a story: the three styles shown on its page, and the
// three files beside it for reference managers.
import { apaReference } from './apa.ts';
import { bibtex } from './bibtex.ts';
import { chicagoBibliography, chicagoNote } from './chicago.ts';
import { cslJson } from './csl-json.ts';
import { mlaEntry } from './mla.ts';
import { ris } from './ris.ts';
import type { StyledCitation } from './styled.ts';
import type { CitedWork } from './work.ts';
import { citationFilePath, withBase } from '../urls.ts';

export interface ShownStyle {
  name: string;
  /** The form, where a style has more than one: "Bibliography", "Note". */
  forms: { label?: string; citation: StyledCitation }[];
}

/** The styles the page shows, in the order it shows them. */
export function shownStyles(work: CitedWork): ShownStyle[] {
  return [
    { name: 'APA 7', forms: [{ citation: apaReference(work) }] },
    { name: 'MLA 9', forms: [{ citation: mlaEntry(work) }] },
    {
      name: 'Chicago 17 (notes and bibliography)',
      forms: [
        { label: 'Bibliography', citation: chicagoBibliography(work) },
        { label: 'Note', citation: chicagoNote(work) },
      ],
    },
  ];
}

export interface CitationFile {
  /** The file's name beside the story page. */
  file: 'citation.bib' | 'citation.ris' | 'citation.json';
  label: string;
  /** The media type a host should send it with. */
  type: string;
  body: (work: CitedWork) => string;
}

// text/x-bibtex and application/x-research-info-systems are what reference managers expect;
// application/vnd.citationstyles.csl+json is CSL-JSON's registered type.
export const CITATION_FILES: readonly CitationFile[] = [
  { file: 'citation.bib', label: 'BibTeX', type: 'text/x-bibtex; charset=utf-8', body: bibtex },
  { file: 'citation.ris', label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8', body: ris },
  { file: 'citation.json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json; charset=utf-8', body: cslJson },
];

/** What a story page's "Cite this story" shows: the styles, and links to the files beside it. */
export function storyCitations(work: CitedWork, story: { year: number; month: number; slug: string }) {
  return {
    styles: shownStyles(work),
    files: CITATION_FILES.map(({ file, label, type }) => ({ label, href: withBase(citationFilePath(story, file)), type: type.split(';')[0] })),
  };
}
