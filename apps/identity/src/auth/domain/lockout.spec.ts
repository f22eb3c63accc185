import { sendsUnlockLink } from './lockout';

describe('the unlock link a lock sends', () => {
  it('sends one when an address is locked and the owner holds no live link', () => {
    expect(sendsUnlockLink({ accountWide: false, liveUnlockLink: false })).toBe(true);
  });

  it('sends nothing more when another address is locked while a link is live (no mail-bombing the owner)', () => {
    expect(sendsUnlockLink({ accountWide: false, liveUnlockLink: true })).toBe(false);
  });

  it('always sends a fresh one when the account-wide lock engages', () => {
    expect(sendsUnlockLink({ accountWide: true, liveUnlockLink: true })).toBe(true);
    expect(sendsUnlockLink({ accountWide: true, liveUnlockLink: false })).toBe(true);
  });
});
