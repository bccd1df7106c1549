// Deleting a category cannot be undone: the action refuses without the confirmation step.
import { describe, it } from 'vitest';
import { expectConfirmationFirst } from '$lib/testing/confirmed-action';
import { actions } from './+page.server';

describe('deleting a category', () => {
  it('refuses without the confirmation, deleting nothing, and deletes once confirmed', async () => {
    await expectConfirmationFirst(actions.remove, {
      path: '/catalog/categories', form: { id: 'cat1' }, api: (mutate) => ({ adminCatalog: { categories: { delete: { mutate } } } }), calledWith: { id: 'cat1' }, redirectTo: '/catalog/categories?deleted=1',
    });
  });
});
