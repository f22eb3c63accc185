import { DriverStanding, mayGoOnline, nextStanding } from './driver-standing';

const standing = (status: DriverStanding['status'], extra: Partial<DriverStanding> = {}): DriverStanding => ({
  status, suspended_by: null, suspended_from: null, erased: false, ...extra,
});

describe('a driver standing', () => {
  it('is approved from pending, or from rejected when an admin changes their mind', () => {
    expect(nextStanding(standing('pending'), 'approve')).toEqual(standing('approved'));
    expect(nextStanding(standing('rejected'), 'approve')).toEqual(standing('approved'));
  });

  it('is rejected only while pending', () => {
    expect(nextStanding(standing('pending'), 'reject')).toEqual(standing('rejected'));
    for (const status of ['approved', 'rejected', 'suspended'] as const) {
      expect(() => nextStanding(standing(status), 'reject')).toThrow(expect.objectContaining({ code: 'INVALID_STATE_TRANSITION' }));
    }
  });

  it("is suspended by an admin from pending or approved, and reinstated to what the suspension interrupted", () => {
    const suspended = nextStanding(standing('approved'), 'suspend')!;
    expect(suspended).toEqual(standing('suspended', { suspended_by: 'admin', suspended_from: 'approved' }));
    expect(nextStanding(suspended, 'reinstate')).toEqual(standing('approved'));
    expect(nextStanding(nextStanding(standing('pending'), 'suspend')!, 'reinstate')).toEqual(standing('pending'));
    expect(() => nextStanding(standing('rejected'), 'suspend')).toThrow(expect.objectContaining({ code: 'INVALID_STATE_TRANSITION' }));
    expect(() => nextStanding(standing('approved'), 'reinstate')).toThrow(/approved; they cannot be reinstated/);
  });

  it("leaves the account's suspension to the account: an admin cannot reinstate it, reactivation lifts it", () => {
    const byAccount = nextStanding(standing('approved'), 'account_suspended')!;
    expect(byAccount).toEqual(standing('suspended', { suspended_by: 'account', suspended_from: 'approved' }));
    expect(() => nextStanding(byAccount, 'reinstate')).toThrow(/reactivate the account/);
    expect(nextStanding(byAccount, 'account_reactivated')).toEqual(standing('approved'));
    expect(nextStanding(nextStanding(standing('pending'), 'account_suspended')!, 'account_reactivated')).toEqual(standing('pending'));
  });

  it("keeps an admin's suspension through the account's suspension and reactivation", () => {
    const byAdmin = nextStanding(standing('approved'), 'suspend')!;
    expect(nextStanding(byAdmin, 'account_suspended')).toBeNull();
    expect(nextStanding(byAdmin, 'account_reactivated')).toBeNull();
  });

  it("changes nothing on a replayed account event", () => {
    expect(nextStanding(standing('approved'), 'account_reactivated')).toBeNull();
    expect(nextStanding(standing('suspended', { suspended_by: 'account', suspended_from: 'pending' }), 'account_suspended')).toBeNull();
    expect(nextStanding(standing('suspended', { suspended_by: 'account', suspended_from: 'approved', erased: true }), 'account_deleted')).toBeNull();
  });

  it('suspends an erased account for good: no reactivation, no admin move', () => {
    const erased = nextStanding(standing('approved'), 'account_deleted')!;
    expect(erased).toEqual(standing('suspended', { suspended_by: 'account', suspended_from: 'approved', erased: true }));
    expect(nextStanding(erased, 'account_reactivated')).toBeNull();
    for (const move of ['approve', 'reinstate', 'suspend', 'reject'] as const) {
      expect(() => nextStanding(erased, move)).toThrow(/account was deleted/);
    }
  });

  it('puts a rejected driver who changed their profile back in the queue, and no one else', () => {
    expect(nextStanding(standing('rejected'), 'reapply')).toEqual(standing('pending'));
    for (const status of ['pending', 'approved', 'suspended'] as const) expect(nextStanding(standing(status), 'reapply')).toBeNull();
  });

  it('lets only an approved driver go online', () => {
    expect(mayGoOnline('approved')).toBe(true);
    for (const status of ['pending', 'rejected', 'suspended'] as const) expect(mayGoOnline(status)).toBe(false);
  });
});
