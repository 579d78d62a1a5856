// The words a reader sees in a markdown body, without rendering it: the search index needs the
// text, not the HTML, and rendering every story a second time would double the build's work.

/** Markdown → plain text: markup, link targets, images, HTML tags and code fences' markers dropped. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^\s*(```|~~~).*$/gm, ' ') // fence lines; the code inside is kept as words
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images: alt text only
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links: their words, not their targets
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1') // reference links
    .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/gm, ' ') // link reference definitions
    .replace(/<\/?[a-zA-Z][^>]*>/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|>+|[-*+]|\d+[.)])\s+/gm, '') // headings, quotes, list markers
    .replace(/^\s*([-*_]\s*){3,}$/gm, ' ') // thematic breaks
    .replace(/^\s*\|?(\s*:?-+:?\s*\|)+\s*:?-*:?\s*$/gm, ' ') // table separator rows
    .replace(/\|/g, ' ')
    .replace(/(\*\*|__|\*|_|~~|`)(?=\S)([\s\S]*?\S)\1/g, '$2') // emphasis and inline code
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1') // backslash escapes
    .replace(/&(nbsp|#160);/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
