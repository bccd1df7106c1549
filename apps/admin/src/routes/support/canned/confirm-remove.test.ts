// Deleting a canned answer cannot be undone: the action refuses without the confirmation step.
import { describe, it } from 'vitest';
import { expectConfirmationFirst } from '$lib/testing/confirmed-action';
import { actions } from './+page.server';

describe('deleting a canned answer', () => {
  it('refuses without the confirmation, deleting nothing, and deletes once confirmed', async () => {
    await expectConfirmationFirst(actions.remove, {
      path: '/support/canned', form: { id: 'canned1' }, api: (mutate) => ({ adminSupport: { cannedReplies: { remove: { mutate } } } }), calledWith: { id: 'canned1' }, redirectTo: '/support/canned?deleted=1',
    });
  });
});
