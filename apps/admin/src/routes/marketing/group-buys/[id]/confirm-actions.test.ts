// Closing and cancelling a group buy move money: the actions refuse without the confirmation
// step's `confirmed=yes`, and call the API only with it.
import { describe, expect, it, vi } from 'vitest';
import { actions } from './+page.server';

function event(form: Record<string, string>) {
  const closeNow = vi.fn(async () => ({}));
  const cancel = vi.fn(async () => ({}));
  const request = new Request('http://admin.test/marketing/group-buys/d1', { method: 'POST', body: new URLSearchParams(form) });
  return { calls: { closeNow, cancel }, event: { locals: { api: { adminGroupBuys: { closeNow: { mutate: closeNow }, cancel: { mutate: cancel } } } }, params: { id: 'd1' }, request } as never };
}

describe('closing or cancelling a group buy', () => {
  it.each(['closeNow', 'cancel'] as const)('%s refuses without the confirmation and calls nothing', async (action) => {
    const { calls, event: e } = event({});
    expect(await actions[action](e)).toMatchObject({ status: 400, data: { message: 'Please confirm first: this cannot be undone.' } });
    expect(calls[action]).not.toHaveBeenCalled();
  });

  it.each([['closeNow', 'closing'], ['cancel', 'cancelled']] as const)('%s goes ahead once confirmed', async (action, shown) => {
    const { calls, event: e } = event({ confirmed: 'yes' });
    await expect(actions[action](e)).rejects.toMatchObject({ status: 303, location: `/marketing/group-buys/d1?${shown}=1` });
    expect(calls[action]).toHaveBeenCalledWith({ id: 'd1' });
  });
});
