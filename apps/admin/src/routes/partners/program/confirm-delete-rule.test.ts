// Deleting a commission rule cannot be undone: the action refuses without the confirmation step.
import { describe, it } from 'vitest';
import { expectConfirmationFirst } from '$lib/testing/confirmed-action';
import { actions } from './+page.server';

describe('deleting a commission rule', () => {
  it('refuses without the confirmation, deleting nothing, and deletes once confirmed', async () => {
    await expectConfirmationFirst(actions.deleteRule, {
      path: '/partners/program', form: { ruleId: 'rule1' }, api: (mutate) => ({ adminAffiliate: { deleteRule: { mutate } } }), calledWith: { ruleId: 'rule1' }, redirectTo: '/partners/program?done=deleted',
    });
  });
});
