// For unit tests of form actions that cannot be undone: they must refuse a post without the
// confirmation step's `confirmed=yes` (calling nothing) and go ahead with it.
import { expect, vi, type Mock } from 'vitest';

type Action = (event: never) => unknown;

export interface ConfirmedActionCase {
  /** The page the form posts to, e.g. `/support/faq`. */
  path: string;
  /** The form's other fields. */
  form: Record<string, string>;
  params?: Record<string, string>;
  /** The API client the action sees, built around the one mutation it should call. */
  api: (mutate: Mock) => object;
  calledWith: unknown;
  /** Where the action sends the browser once done… */
  redirectTo?: string;
  /** …or, for actions that stay on the page, what they answer. */
  returns?: object;
  /** The refusal's text when the action can be undone later (default: "cannot be undone"). */
  refusal?: string;
}

function post(action: Action, c: ConfirmedActionCase, form: Record<string, string>) {
  const mutate = vi.fn(async () => ({}));
  const request = new Request(`http://admin.test${c.path}`, { method: 'POST', body: new URLSearchParams(form) });
  return { mutate, answer: (async () => action({ locals: { api: c.api(mutate) }, params: c.params ?? {}, request } as never))() };
}

/** Posts once without and once with the confirmation, checking what each does. */
export async function expectConfirmationFirst(action: Action, c: ConfirmedActionCase): Promise<void> {
  const refused = post(action, c, c.form);
  expect(await refused.answer).toMatchObject({ status: 400, data: { message: c.refusal ?? 'Please confirm first: this cannot be undone.' } });
  expect(refused.mutate).not.toHaveBeenCalled();
  const confirmed = post(action, c, { ...c.form, confirmed: 'yes' });
  if (c.redirectTo !== undefined) await expect(confirmed.answer).rejects.toMatchObject({ status: 303, location: c.redirectTo });
  else expect(await confirmed.answer).toEqual(c.returns);
  expect(confirmed.mutate).toHaveBeenCalledWith(c.calledWith);
}
