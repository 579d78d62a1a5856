import { defaultSchema, type Options } from 'rehype-sanitize';

// Story bodies are data, not code: raw HTML in markdown keeps only ordinary markup. The base is
// rehype-sanitize's GitHub-like allow-list (no script, style, iframe, object, form, event
// handlers, or javascript:/data: URLs); stories also keep `lang` and `dir` for quotations in
// other languages.
export const storySanitizeSchema: Options = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'lang', 'dir'],
  },
};
