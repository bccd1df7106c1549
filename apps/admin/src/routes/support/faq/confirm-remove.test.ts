// Deleting an FAQ answer cannot be undone: the action refuses without the confirmation step.
import { describe, it } from 'vitest';
import { expectConfirmationFirst } from '$lib/testing/confirmed-action';
import { actions } from './+page.server';

describe('deleting an FAQ answer', () => {
  it('refuses without the confirmation, deleting nothing, and deletes once confirmed', async () => {
    await expectConfirmationFirst(actions.remove, {
      path: '/support/faq', form: { id: 'faq1' }, api: (mutate) => ({ adminSupport: { faq: { remove: { mutate } } } }), calledWith: { id: 'faq1' }, redirectTo: '/support/faq?deleted=1',
    });
  });
});
