import { defaultSchema, type Options } from 'rehype-sanitize';

// Story bodies are data, not code: raw HTML in markdown keeps only ordinary markup. The base is
// rehype-sanitize's GitHub-like allow-list (no script, style, iframe, object, form, event
// handlers, or javascript:/data: URLs). News stories need no form controls, so the checkbox
// GitHub keeps for task lists goes too; stories keep `lang` and `dir` for quotations in other
// languages.
export const storySanitizeSchema: Options = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== 'input'),
  // What these hold is code, not words a reader should see.
  strip: ['script', 'style', 'template'],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'lang', 'dir'],
  },
};
