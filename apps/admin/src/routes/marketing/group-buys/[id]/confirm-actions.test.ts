// Closing and cancelling a group buy move money: the actions refuse without the confirmation
// step's `confirmed=yes`, and call the API only with it.
import { describe, it } from 'vitest';
import { expectConfirmationFirst } from '$lib/testing/confirmed-action';
import { actions } from './+page.server';

describe('closing or cancelling a group buy', () => {
  it.each([['closeNow', 'closing'], ['cancel', 'cancelled']] as const)('%s refuses without the confirmation, calling nothing, and goes ahead once confirmed', async (action, shown) => {
    await expectConfirmationFirst(actions[action], {
      path: '/marketing/group-buys/d1', form: {}, params: { id: 'd1' }, api: (mutate) => ({ adminGroupBuys: { [action]: { mutate } } }), calledWith: { id: 'd1' }, redirectTo: `/marketing/group-buys/d1?${shown}=1`,
    });
  });
});
