import type { APIRoute, GetStaticPaths } from 'astro';
import { getImage } from 'astro:assets';
import { nameFeedPaths } from '../../../lib/shelf-routes.ts';
import { nameFeed } from '../../../lib/name-feed.ts';
import type { NameGroup } from '../../../lib/shelves.ts';

export const getStaticPaths = (() => nameFeedPaths('places', 'name')) satisfies GetStaticPaths;

export const GET: APIRoute<{ group: NameGroup }> = ({ props, site }) => nameFeed('places', props.group, 'json', site!, getImage);
