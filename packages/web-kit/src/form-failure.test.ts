import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { refusedForm } from './form-failure.ts';

const refusal = (data: Record<string, unknown>) => TRPCClientError.from({ error: { message: 'Please confirm your password to continue.', code: -32003, data } });

describe('refusedForm', () => {
  it('flags a refusal that only needs the password again, so the admin can ask for it and retry', () => {
    const failure = refusedForm({ amount: '10.00' }, refusal({ code: 'FORBIDDEN', httpStatus: 403, reason: 'REAUTH_REQUIRED' }), ['amount']);
    expect(failure.status).toBe(403);
    expect(failure.data).toMatchObject({ amount: '10.00', reauthRequired: true, message: 'Please confirm your password to continue.' });
  });

  it('flags nothing for any other refusal', () => {
    expect(refusedForm({}, refusal({ code: 'FORBIDDEN', httpStatus: 403 }), []).data).not.toHaveProperty('reauthRequired');
  });
});
