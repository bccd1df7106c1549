// Removing a configurator option group cannot be undone: the action refuses without the confirmation step.
import { describe, it } from 'vitest';
import { expectConfirmationFirst } from '$lib/testing/confirmed-action';
import { actions } from './+page.server';

describe('removing a configurator option group', () => {
  it('refuses without the confirmation, removing nothing, and removes once confirmed', async () => {
    await expectConfirmationFirst(actions.removeGroup, {
      path: '/catalog/products/p1/configurator', params: { id: 'p1' }, form: { slug: 'desk', groupId: 'colour' },
      api: (mutate) => ({ adminConfigurator: { removeGroup: { mutate } } }), calledWith: { slug: 'desk', groupId: 'colour' }, redirectTo: '/catalog/products/p1/configurator?saved=1',
    });
  });
});
