// A payout cannot be undone: the action refuses without the confirmation step's `confirmed=yes`
// (keeping what was typed), and records the payout only with it.
import { describe, expect, it, vi } from 'vitest';
import { actions } from './+page.server';

function event(form: Record<string, string>) {
  const markPayoutPaid = vi.fn(async () => ({}));
  const request = new Request('http://admin.test/partners/payouts', { method: 'POST', body: new URLSearchParams(form) });
  return { markPayoutPaid, event: { locals: { api: { adminAffiliate: { markPayoutPaid: { mutate: markPayoutPaid } } } }, request } as never };
}

const payout = { partnerId: 'p1', currency: 'EUR', idempotencyKey: 'k'.repeat(32), reference: 'SEPA 42' };

describe('recording a partner payout', () => {
  it('refuses without the confirmation, shows the reference again and records nothing', async () => {
    const { markPayoutPaid, event: e } = event(payout);
    expect(await actions.markPaid(e)).toMatchObject({ status: 400, data: { reference: 'SEPA 42', message: 'Please confirm the payout first: it cannot be undone.' } });
    expect(markPayoutPaid).not.toHaveBeenCalled();
  });

  it('records it once confirmed', async () => {
    const { markPayoutPaid, event: e } = event({ ...payout, confirmed: 'yes' });
    await expect(actions.markPaid(e)).rejects.toMatchObject({ status: 303, location: '/partners/payouts?done=paid' });
    expect(markPayoutPaid).toHaveBeenCalledWith(expect.objectContaining({ partnerId: 'p1', reference: 'SEPA 42' }));
  });
});
