import { error, redirect } from '@sveltejs/kit';
import { Slug } from '@tandem/validators';
import { findBySlug, trail } from '$lib/category-tree';
import { loadListing } from '$lib/server/listing';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url, params, parent }) => {
  // The path reads like the tree ("bikes/road"); the API filters by the last slug.
  const slug = params.path.split('/').at(-1) ?? '';
  if (!Slug.safeParse(slug).success) error(404, 'There is no such category.');

  const tree = parent().then((data) => data.categories);
  const partnerPicks = locals.api.partnerContent.forCategory.query({ categorySlug: slug, limit: 3 }).catch(() => []);
  const listing = await loadListing(locals.api, url, tree, slug);
  const categories = await tree;
  const category = findBySlug(categories, slug);
  if (!category) error(404, 'There is no such category.');
  if (category.path !== params.path) redirect(308, `/c/${category.path}${url.search}`);

  return {
    listing,
    partnerPicks: await partnerPicks,
    category: { name: category.name, description: category.description, path: category.path },
    crumbs: [
      { label: 'Home', href: '/' },
      ...trail(categories, category.path).map((node) => ({ label: node.name, href: `/c/${node.path}` })),
    ],
  };
}) satisfies PageServerLoad;
