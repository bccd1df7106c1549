// Removing a partner from a web ring takes their site out of its links: the action refuses
// without the confirmation step.
import { describe, expect, it, vi } from 'vitest';
import { actions } from './+page.server';

function event(form: Record<string, string>) {
  const removeMember = vi.fn(async () => ({}));
  const request = new Request('http://admin.test/partners/rings/rides', { method: 'POST', body: new URLSearchParams(form) });
  return { removeMember, event: { locals: { api: { adminRings: { removeMember: { mutate: removeMember } } } }, params: { slug: 'rides' }, request } as never };
}

describe('removing a ring member', () => {
  it('refuses without the confirmation and removes nobody', async () => {
    const { removeMember, event: e } = event({ memberId: 'm1' });
    expect(await actions.remove(e)).toMatchObject({ status: 400, data: { message: 'Please confirm first: this cannot be undone.' } });
    expect(removeMember).not.toHaveBeenCalled();
  });

  it('removes them once confirmed', async () => {
    const { removeMember, event: e } = event({ memberId: 'm1', confirmed: 'yes' });
    await expect(actions.remove(e)).rejects.toMatchObject({ status: 303, location: '/partners/rings/rides' });
    expect(removeMember).toHaveBeenCalledWith({ memberId: 'm1' });
  });
});
