import type { AstroIntegration } from 'astro';
import { missingSiteWarning } from '../lib/site-url.ts';

/** Warns a production build that has no site address; `astro dev` and preview stay quiet. */
export function siteUrlWarning(addressGiven: boolean): AstroIntegration {
  return {
    name: 'clippings:site-url',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'build' && !addressGiven) logger.warn(missingSiteWarning());
      },
    },
  };
}
