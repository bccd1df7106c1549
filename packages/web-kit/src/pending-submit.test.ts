import { describe, expect, it, vi } from 'vitest';
import { pendingSubmit } from './pending-submit.ts';

type Submit = Parameters<ReturnType<typeof pendingSubmit>>[0];

// The smallest form SvelteKit's enhance hands over: elements and the busy attribute.
function fakeForm() {
  const save = { tagName: 'BUTTON', type: 'submit', disabled: false };
  const other = { tagName: 'BUTTON', type: 'submit', disabled: true };
  const plain = { tagName: 'BUTTON', type: 'button', disabled: false };
  const field = { tagName: 'INPUT', type: 'text', disabled: false };
  const attributes = new Map<string, string>();
  const form = {
    elements: [save, other, plain, field],
    setAttribute: (name: string, value: string) => attributes.set(name, value),
    removeAttribute: (name: string) => attributes.delete(name),
  };
  return { form: form as unknown as Submit['formElement'], save, other, plain, field, attributes };
}

type After = (opts: { update: (o?: { reset?: boolean }) => Promise<void> }) => Promise<void>;

describe('pendingSubmit', () => {
  it('disables the submit buttons while the request is out, then enables only those again', async () => {
    const { form, save, other, plain, field, attributes } = fakeForm();
    const pending = vi.fn();
    const after = pendingSubmit({ reset: false, onPending: pending })({ formElement: form } as Submit) as After;
    expect([save.disabled, other.disabled, plain.disabled, field.disabled]).toEqual([true, true, false, false]);
    expect(attributes.get('aria-busy')).toBe('true');
    const update = vi.fn(async () => {
      // A second click now finds the button disabled: nothing is sent twice.
      expect(save.disabled).toBe(true);
    });
    await after({ update });
    expect(update).toHaveBeenCalledWith({ reset: false });
    expect([save.disabled, other.disabled]).toEqual([false, true]);
    expect(attributes.has('aria-busy')).toBe(false);
    expect(pending.mock.calls).toEqual([[true], [false]]);
  });

  it('enables the buttons again when applying the answer fails', async () => {
    const { form, save } = fakeForm();
    const after = pendingSubmit()({ formElement: form } as Submit) as After;
    await expect(after({ update: async () => Promise.reject(new Error('offline')) })).rejects.toThrow('offline');
    expect(save.disabled).toBe(false);
  });
});
