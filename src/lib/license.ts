// A story's license as a link: the address the license text gives, or for a Creative Commons
// license named in the usual way ("CC BY-SA 4.0", "CC0") the deed of that license.

export interface LicenseLink {
  /** The license as the story names it, without an address written into it. */
  name: string;
  href?: string;
}

const CC = /\bCC[ -]?(BY(?:[ -](?:SA|ND|NC|NC[ -]SA|NC[ -]ND))?)[ -]?(\d\.\d)\b/i;
const CC0 = /\bCC[ -]?0\b|\bCC[ -]?Zero\b/i;
const ADDRESS = /\s*\(?\s*(https?:\/\/[^\s)]+)\s*\)?/;

export function licenseLink(license: string): LicenseLink {
  const written = ADDRESS.exec(license);
  if (written) {
    const name = `${license.slice(0, written.index)}${license.slice(written.index + written[0].length)}`.replace(/\s+;/, ';').replace(/\s{2,}/g, ' ').trim();
    return { name: name || written[1], href: written[1] };
  }
  const cc = CC.exec(license);
  if (cc) return { name: license, href: `https://creativecommons.org/licenses/${cc[1].toLowerCase().replace(/[ -]+/g, '-')}/${cc[2]}/` };
  if (CC0.test(license)) return { name: license, href: 'https://creativecommons.org/publicdomain/zero/1.0/' };
  return { name: license };
}
