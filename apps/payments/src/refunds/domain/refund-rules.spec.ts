import { RefundablePayment, planRefund } from './refund-rules';

const paid = (over: Partial<RefundablePayment> = {}): RefundablePayment => ({
  status: 'succeeded', provider: 'campay', amount: 10000, amount_refunded: 0, customer_id: 'c', ...over,
});

describe('refund rules', () => {
  it('gives back everything not yet refunded, through the provider that took it', () => {
    expect(planRefund(paid({ amount_refunded: 2500 }), { amount: null, toWallet: false })).toEqual({ kind: 'refund', amount: 7500, destination: 'provider' });
  });

  it('sends wallet payments, collected cash and to_wallet requests to the wallet', () => {
    expect(planRefund(paid({ provider: 'wallet' }), { amount: 100, toWallet: false })).toMatchObject({ destination: 'wallet', amount: 100 });
    expect(planRefund(paid({ provider: 'cash' }), { amount: null, toWallet: false })).toMatchObject({ destination: 'wallet' });
    expect(planRefund(paid(), { amount: null, toWallet: true })).toMatchObject({ destination: 'wallet' });
  });

  it('never refunds more than captured minus refunded', () => {
    expect(planRefund(paid({ amount_refunded: 9000 }), { amount: 1001, toWallet: false })).toEqual({ kind: 'rejected', reason: 'EXCEEDS_REFUNDABLE' });
    expect(planRefund(paid({ amount_refunded: 10000 }), { amount: null, toWallet: false })).toEqual({ kind: 'nothing', reason: 'NOTHING_TO_REFUND' });
    expect(planRefund(paid({ amount_refunded: 9000 }), { amount: 1000, toWallet: false })).toMatchObject({ kind: 'refund', amount: 1000 });
  });

  it('has nothing to give back for a payment that never captured', () => {
    for (const status of ['pending', 'processing', 'failed', 'cancelled', 'awaiting_collection'] as const) {
      expect(planRefund(paid({ status }), { amount: null, toWallet: false })).toEqual({ kind: 'nothing', reason: 'NOT_CAPTURED' });
    }
  });

  it('refuses odd amounts and wallet refunds for guests', () => {
    expect(planRefund(paid(), { amount: 0, toWallet: false })).toEqual({ kind: 'rejected', reason: 'INVALID_AMOUNT' });
    expect(planRefund(paid(), { amount: 1.5, toWallet: false })).toEqual({ kind: 'rejected', reason: 'INVALID_AMOUNT' });
    expect(planRefund(paid({ customer_id: null }), { amount: null, toWallet: true })).toEqual({ kind: 'rejected', reason: 'NO_WALLET_FOR_GUEST' });
    expect(planRefund(paid({ provider: 'cash', customer_id: null }), { amount: null, toWallet: false })).toEqual({ kind: 'rejected', reason: 'CASH_REFUND_NEEDS_CUSTOMER' });
  });
});
