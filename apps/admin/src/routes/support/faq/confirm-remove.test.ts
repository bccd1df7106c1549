// Deleting an FAQ answer cannot be undone: the action refuses without the confirmation step.
import { describe, expect, it, vi } from 'vitest';
import { actions } from './+page.server';

function event(form: Record<string, string>) {
  const remove = vi.fn(async () => ({}));
  const request = new Request('http://admin.test/support/faq', { method: 'POST', body: new URLSearchParams(form) });
  return { remove, event: { locals: { api: { adminSupport: { faq: { remove: { mutate: remove } } } } }, request } as never };
}

describe('deleting an FAQ answer', () => {
  it('refuses without the confirmation and deletes nothing', async () => {
    const { remove, event: e } = event({ id: 'faq1' });
    expect(await actions.remove(e)).toMatchObject({ status: 400, data: { message: 'Please confirm first: this cannot be undone.' } });
    expect(remove).not.toHaveBeenCalled();
  });

  it('deletes it once confirmed', async () => {
    const { remove, event: e } = event({ id: 'faq1', confirmed: 'yes' });
    await expect(actions.remove(e)).rejects.toMatchObject({ status: 303, location: '/support/faq?deleted=1' });
    expect(remove).toHaveBeenCalledWith({ id: 'faq1' });
  });
});
