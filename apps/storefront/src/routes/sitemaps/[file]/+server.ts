// The sitemap files the index lists: products-<n>.xml, categories.xml, pages.xml.
import { error } from '@sveltejs/kit';
import { passThroughApiFile } from '$lib/server/api-file';
import type { RequestHandler } from './$types';

const FILE = /^(?:products-[1-9]\d{0,6}|categories|pages)\.xml$/;

export const GET: RequestHandler = ({ params, request, fetch }) => {
  if (!FILE.test(params.file)) error(404, 'Not found');
  return passThroughApiFile(fetch, request, `/sitemaps/${params.file}`, 'Sitemaps');
};
