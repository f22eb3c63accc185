import { afterFailure, decideLogin, isLockedOut } from './lockout';

describe('account lockout', () => {
  const now = new Date('2026-01-01T12:00:00Z');
  const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
  const fresh = { failed_login_count: 0, locked_until: null };
  const policy = { threshold: 5, lockMinutes: 15 };

  it('is locked only until locked_until', () => {
    expect(isLockedOut(fresh, now)).toBe(false);
    expect(isLockedOut({ failed_login_count: 0, locked_until: minutes(1) }, now)).toBe(true);
    expect(isLockedOut({ failed_login_count: 0, locked_until: now }, now)).toBe(false);
    expect(isLockedOut({ failed_login_count: 0, locked_until: minutes(-1) }, now)).toBe(false);
  });

  it('counts a wrong password and lets the right one in, also once a lock has expired', () => {
    expect(decideLogin(fresh, false, now)).toEqual({ action: 'refuse', countFailure: true });
    expect(decideLogin(fresh, true, now)).toEqual({ action: 'proceed' });
    expect(decideLogin({ failed_login_count: 4, locked_until: null }, true, now)).toEqual({ action: 'proceed' });
    expect(decideLogin({ failed_login_count: 0, locked_until: minutes(-1) }, true, now)).toEqual({ action: 'proceed' });
    expect(decideLogin({ failed_login_count: 0, locked_until: minutes(-1) }, false, now)).toEqual({ action: 'refuse', countFailure: true });
  });

  it('refuses even the right password while locked, without counting', () => {
    const locked = { failed_login_count: 0, locked_until: minutes(10) };
    expect(decideLogin(locked, true, now)).toEqual({ action: 'refuse', countFailure: false });
    expect(decideLogin(locked, false, now)).toEqual({ action: 'refuse', countFailure: false });
  });

  it('locks on the failure that reaches the threshold and starts counting again', () => {
    let state: ReturnType<typeof afterFailure> = { ...fresh, lockedNow: false };
    for (let i = 1; i < 5; i++) {
      state = afterFailure(state, policy, now);
      expect(state).toEqual({ failed_login_count: i, locked_until: null, lockedNow: false });
    }
    expect(afterFailure(state, policy, now)).toEqual({ failed_login_count: 0, locked_until: minutes(15), lockedNow: true });
    expect(afterFailure(fresh, { threshold: 1, lockMinutes: 1 }, now).lockedNow).toBe(true);
  });
});
