import type { APIRoute, GetStaticPaths } from 'astro';
import { citationPaths, citationResponse } from '../../../../lib/citation/routes.ts';
import type { Story } from '../../../../lib/story.ts';

export const getStaticPaths = (() => citationPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ story: Story }> = ({ props, site }) => citationResponse('citation.ris', props.story, site!);
