import type { APIRoute } from 'astro';
import { getImage } from 'astro:assets';
import { siteFeed } from '../lib/site-feed.ts';

export const GET: APIRoute = ({ site }) => siteFeed('atom', site!, getImage);
