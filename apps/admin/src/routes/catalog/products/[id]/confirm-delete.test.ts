// Deleting a variant or an image cannot be undone: the actions refuse without the confirmation step.
import { describe, it } from 'vitest';
import { expectConfirmationFirst } from '$lib/testing/confirmed-action';
import { actions } from './+page.server';

describe('deleting from the product editor', () => {
  it('refuses to delete a variant without the confirmation, and deletes it once confirmed', async () => {
    await expectConfirmationFirst(actions.deleteVariant, {
      path: '/catalog/products/p1', params: { id: 'p1' }, form: { id: 'var1' }, api: (mutate) => ({ adminCatalog: { variants: { delete: { mutate } } } }), calledWith: { id: 'var1' }, redirectTo: '/catalog/products/p1?saved=1',
    });
  });

  it('refuses to delete an image without the confirmation, and deletes it once confirmed', async () => {
    await expectConfirmationFirst(actions.deleteImage, {
      path: '/catalog/products/p1', params: { id: 'p1' }, form: { id: 'img1' }, api: (mutate) => ({ adminCatalog: { images: { delete: { mutate } } } }), calledWith: { id: 'img1' }, redirectTo: '/catalog/products/p1?saved=1#images',
    });
  });
});
