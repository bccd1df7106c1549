import { describe, expect, it } from 'vitest';
import { PaymentSettingsInput } from './payment-methods.ts';

const valid = {
  bankTransferEnabled: true,
  bankAccountHolder: 'Tandem Demo',
  bankIban: 'nl91 abna 0417 1643 00',
  bankBic: 'abnanl2a',
  bankTransferHoldDays: 3,
  cardEnabled: true,
  pickupEnabled: false,
  pickupInstructions: '',
  pickupHoldDays: 7,
};

describe('PaymentSettingsInput', () => {
  it('accepts an IBAN in any spacing and case and stores its electronic format', () => {
    const parsed = PaymentSettingsInput.parse(valid);
    expect(parsed.bankIban).toBe('NL91ABNA0417164300');
    expect(parsed.bankBic).toBe('ABNANL2A');
  });

  it('rejects an IBAN whose check digits do not match', () => {
    const result = PaymentSettingsInput.safeParse({ ...valid, bankIban: 'NL92ABNA0417164300' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['bankIban']);
  });

  it('needs an IBAN and a holder to enable bank transfer, and instructions to enable pickup', () => {
    const result = PaymentSettingsInput.safeParse({ ...valid, bankIban: '', bankAccountHolder: '', pickupEnabled: true });
    expect(result.error?.issues.map((i) => i.path[0]).sort()).toEqual(['bankAccountHolder', 'bankIban', 'pickupInstructions']);
  });

  it('rejects a hold shorter than a day', () => {
    expect(PaymentSettingsInput.safeParse({ ...valid, bankTransferHoldDays: 0 }).success).toBe(false);
  });
});
