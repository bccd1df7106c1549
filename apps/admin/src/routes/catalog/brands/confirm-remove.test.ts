// Deleting a brand cannot be undone: the action refuses without the confirmation step.
import { describe, it } from 'vitest';
import { expectConfirmationFirst } from '$lib/testing/confirmed-action';
import { actions } from './+page.server';

describe('deleting a brand', () => {
  it('refuses without the confirmation, deleting nothing, and deletes once confirmed', async () => {
    await expectConfirmationFirst(actions.remove, {
      path: '/catalog/brands', form: { id: 'brand1' }, api: (mutate) => ({ adminCatalog: { brands: { delete: { mutate } } } }), calledWith: { id: 'brand1' }, redirectTo: '/catalog/brands?deleted=1',
    });
  });
});
