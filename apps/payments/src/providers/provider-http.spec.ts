import { formEncode } from './provider-http';
import { ProviderClients } from './provider-clients';
import { PaymentsConfig } from '../payments.config';

describe('formEncode', () => {
  it('encodes nested objects with Stripe’s brackets and skips absent values', () => {
    expect(formEncode({ amount: 5000, currency: 'xaf', metadata: { payment_id: 'p 1', order_id: undefined }, skip: null })).toBe(
      'amount=5000&currency=xaf&metadata%5Bpayment_id%5D=p%201',
    );
  });
});

describe('ProviderClients.mobileMoneyChain', () => {
  const clients = (primary: 'campay' | 'noupay', backup: 'campay' | 'noupay' | 'none') =>
    new ProviderClients(Object.assign(new PaymentsConfig(), { PAYMENT_MOBILE_MONEY_PRIMARY: primary, PAYMENT_MOBILE_MONEY_BACKUP: backup }));

  it('starts with the payer’s choice, then falls back to the other configured provider', () => {
    expect(clients('campay', 'noupay').mobileMoneyChain('campay')).toEqual(['campay', 'noupay']);
    expect(clients('campay', 'noupay').mobileMoneyChain('noupay')).toEqual(['noupay', 'campay']);
  });

  it('has no fallback when the backup is none', () => {
    expect(clients('campay', 'none').mobileMoneyChain('campay')).toEqual(['campay']);
  });
});
