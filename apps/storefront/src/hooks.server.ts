import type { Handle } from '@sveltejs/kit';
import { createApi } from '$lib/server/api';

export const handle: Handle = async ({ event, resolve }) => {
  event.locals.api = createApi(event.fetch);
  return resolve(event);
};
