// Removing a partner from a web ring takes their site out of its links: the action refuses
// without the confirmation step.
import { describe, it } from 'vitest';
import { expectConfirmationFirst } from '$lib/testing/confirmed-action';
import { actions } from './+page.server';

describe('removing a ring member', () => {
  it('refuses without the confirmation, removing nobody, and removes them once confirmed', async () => {
    await expectConfirmationFirst(actions.remove, {
      path: '/partners/rings/rides', form: { memberId: 'm1' }, params: { slug: 'rides' }, api: (mutate) => ({ adminRings: { removeMember: { mutate } } }), calledWith: { memberId: 'm1' }, redirectTo: '/partners/rings/rides',
    });
  });
});
