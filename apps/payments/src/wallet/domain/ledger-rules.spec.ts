import { balancedLines, platform, wallet } from './ledger-rules';

const customer = '7f1e1c1e-7d5d-4a4e-9a55-0d6d8c1c2b11';

describe('ledger rules', () => {
  it('accepts a posting whose amounts sum to zero and merges lines on one account', () => {
    const lines = balancedLines([
      { account: wallet(customer, 'XAF'), amount: -3000 },
      { account: wallet(customer, 'XAF'), amount: -2000 },
      { account: platform('order_escrow', 'XAF'), amount: 5000 },
    ]);
    expect(lines).toEqual([
      { account: wallet(customer, 'XAF'), amount: -5000 },
      { account: platform('order_escrow', 'XAF'), amount: 5000 },
    ]);
  });

  it('refuses a posting that does not balance', () => {
    expect(() => balancedLines([{ account: wallet(customer, 'XAF'), amount: -3000 }, { account: platform('order_escrow', 'XAF'), amount: 2999 }])).toThrow(/does not balance/);
  });

  it('refuses fractions, mixed currencies, unknown accounts and one-sided postings', () => {
    expect(() => balancedLines([{ account: wallet(customer, 'XAF'), amount: -0.5 }, { account: platform('order_escrow', 'XAF'), amount: 0.5 }])).toThrow(/integers/);
    expect(() => balancedLines([{ account: wallet(customer, 'XAF'), amount: -5 }, { account: platform('order_escrow', 'EUR'), amount: 5 }])).toThrow(/one currency/);
    expect(() => balancedLines([{ account: { kind: 'nope' as never, owner: '', currency: 'XAF' }, amount: 0 }])).toThrow(/unknown account/);
    expect(() => balancedLines([{ account: wallet(customer, 'XAF'), amount: 5 }, { account: wallet(customer, 'XAF'), amount: -5 }])).toThrow(/at least two/);
    expect(() => balancedLines([])).toThrow(/needs entries/);
  });
});
