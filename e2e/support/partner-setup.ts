// Sets up partners, web rings and products through the API, as the people involved would (a
// customer applies, staff approve, a partner joins a ring), so partner specs need nothing but the
// running apps and work on the default PGlite database.
import { callApi, DEMO_STAFF_PASSWORD } from './staff.ts';

interface Signed {
  session: { token: string };
}

export interface ApprovedPartner {
  id: string;
  code: string;
  /** The partner owner's session token. */
  token: string;
}

/**
 * A staff session token for API calls that need the admin's permissions, with the password
 * confirmed again (staff.reauthenticate), as partner approvals ask within a few minutes of it.
 */
export async function staffToken(email = 'admin@tandem.test'): Promise<string> {
  const { token } = (await callApi<Signed>('mutation', 'auth.signIn', { email, password: DEMO_STAFF_PASSWORD })).session;
  await callApi('mutation', 'staff.reauthenticate', { password: DEMO_STAFF_PASSWORD }, token);
  return token;
}

/** A new customer applies with `websiteUrl` (its origin becomes the allowed one) and staff approve. */
export async function approvedPartner(staff: string, name: string, websiteUrl: string): Promise<ApprovedPartner> {
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}@example.test`;
  const { session } = await callApi<Signed>('mutation', 'auth.signUp', { name: `Owner of ${name}`, email, password: 'correct horse battery staple' });
  const { code } = await callApi<{ code: string }>('mutation', 'partners.submitApplication', { name, websiteUrl, contactEmail: email, note: 'An e2e partner site.' }, session.token);
  const listed = await callApi<{ items: { id: string; code: string }[] }>('query', 'adminPartners.list', { query: code }, staff);
  const id = listed.items.find((row) => row.code === code)!.id;
  await callApi('mutation', 'adminPartners.approve', { id }, staff);
  return { id, code, token: session.token };
}

/** A ring run by `owner`, with the pages of `members` in this order (the owner's first). */
export async function ringOf(staff: string, slug: string, name: string, owner: ApprovedPartner, members: { partner: ApprovedPartner; pageUrl: string }[]): Promise<void> {
  await callApi('mutation', 'adminRings.create', { slug, name, ownerCode: owner.code }, staff);
  for (const { partner, pageUrl } of members) {
    const request = await callApi<{ id: string; status: string }>('mutation', 'rings.join', { slug, pageUrl }, partner.token);
    // The owner's own request is approved at once; the owner decides the others'.
    if (request.status === 'PENDING') await callApi('mutation', 'rings.decide', { requestId: request.id, decision: 'APPROVED' }, owner.token);
  }
}

interface CategoryNode {
  id: string;
  name: string;
  children: CategoryNode[];
}

function categoryNamed(nodes: CategoryNode[], name: string): CategoryNode | undefined {
  for (const node of nodes) {
    const found = node.name === name ? node : categoryNamed(node.children, name);
    if (found) return found;
  }
  return undefined;
}

/**
 * A category of the demo catalog that no shopper spec browses. A new product leads its listing,
 * and specs that take a listing's first product as one with a history (personalization) fail when
 * another spec has just put a product there: every product the specs create goes here.
 */
export const SPEC_PRODUCTS_CATEGORY = 'Pumps';

/** An active product with one variant in stock, in `categoryName` (by default the specs' own). */
export async function activeProduct(staff: string, product: { slug: string; title: string; priceAmount: number; stockOnHand: number }, categoryName = SPEC_PRODUCTS_CATEGORY): Promise<void> {
  const tree = await callApi<CategoryNode[]>('query', 'catalog.categories', {});
  const category = categoryNamed(tree, categoryName);
  if (!category) throw new Error(`No category ${categoryName} in the demo catalog`);
  const created = await callApi<{ id: string }>('mutation', 'adminCatalog.products.create', { slug: product.slug, title: product.title, categoryId: category.id }, staff);
  await callApi('mutation', 'adminCatalog.variants.create', { productId: created.id, sku: product.slug.toUpperCase(), priceAmount: product.priceAmount, stockOnHand: product.stockOnHand }, staff);
  await callApi('mutation', 'adminCatalog.products.setStatus', { id: created.id, status: 'ACTIVE' }, staff);
}
