// Product images are served by the API; the shop passes them through so the browser loads
// everything from this origin.
import { error } from '@sveltejs/kit';
import { passThroughApiFile } from '$lib/server/api-file';
import type { RequestHandler } from './$types';

const SEGMENT = /^[\w][\w.-]*$/;

export const GET: RequestHandler = async ({ params, request, fetch }) => {
  const segments = params.path.split('/');
  if (!segments.every((segment) => SEGMENT.test(segment))) error(404, 'Not found');
  return passThroughApiFile(fetch, request, `/media/${segments.join('/')}`, 'Images');
};
