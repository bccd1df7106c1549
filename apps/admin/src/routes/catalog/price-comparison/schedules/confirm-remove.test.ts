// Removing a feed schedule stops its fetches: the action refuses without the confirmation step.
import { describe, it } from 'vitest';
import { expectConfirmationFirst } from '$lib/testing/confirmed-action';
import { actions } from './+page.server';

describe('removing a feed schedule', () => {
  it('refuses without the confirmation, removing nothing, and removes once confirmed', async () => {
    await expectConfirmationFirst(actions.remove, {
      path: '/catalog/price-comparison/schedules',
      form: { sourceSlug: 'bike-outlet' },
      api: (mutate) => ({ offers: { removeFeedSchedule: { mutate } } }),
      calledWith: { sourceSlug: 'bike-outlet' },
      returns: { removed: 'bike-outlet' },
      refusal: 'Confirm that the feed should no longer be fetched.',
    });
  });
});
