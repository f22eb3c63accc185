import { decideStatusChange } from './status-change';

describe('decideStatusChange', () => {
  const admin = 'a0000000-0000-4000-8000-000000000001';
  const user = 'b0000000-0000-4000-8000-000000000002';

  it('refuses a change of the admin’s own account, whatever the status', () => {
    expect(decideStatusChange(admin, { id: admin, status: 'active', locked: false }, 'suspended')).toEqual({ action: 'refuse', reason: 'own-account' });
    expect(decideStatusChange(admin, { id: admin, status: 'active', locked: false }, 'active')).toEqual({ action: 'refuse', reason: 'own-account' });
  });

  it('refuses any status for an erased account', () => {
    for (const next of ['active', 'suspended', 'banned'] as const) {
      expect(decideStatusChange(admin, { id: user, status: 'deleted', locked: false }, next)).toEqual({ action: 'refuse', reason: 'account-deleted' });
    }
  });

  it('keeps an account that already has the status', () => {
    expect(decideStatusChange(admin, { id: user, status: 'banned', locked: false }, 'banned')).toEqual({ action: 'keep' });
  });

  it('ends the sessions when the account leaves active', () => {
    expect(decideStatusChange(admin, { id: user, status: 'active', locked: false }, 'suspended')).toEqual({ action: 'change', statusChanged: true, endSessions: true, unlock: false });
    expect(decideStatusChange(admin, { id: user, status: 'suspended', locked: false }, 'banned')).toEqual({ action: 'change', statusChanged: true, endSessions: true, unlock: false });
  });

  it('keeps no session to end when the account is re-activated', () => {
    expect(decideStatusChange(admin, { id: user, status: 'suspended', locked: false }, 'active')).toEqual({ action: 'change', statusChanged: true, endSessions: false, unlock: false });
  });

  it('unlocks a locked account set to active, even when it already is active', () => {
    expect(decideStatusChange(admin, { id: user, status: 'active', locked: true }, 'active')).toEqual({ action: 'change', statusChanged: false, endSessions: false, unlock: true });
    expect(decideStatusChange(admin, { id: user, status: 'suspended', locked: true }, 'active')).toEqual({ action: 'change', statusChanged: true, endSessions: false, unlock: true });
    expect(decideStatusChange(admin, { id: user, status: 'active', locked: true }, 'banned')).toEqual({ action: 'change', statusChanged: true, endSessions: true, unlock: false });
    expect(decideStatusChange(admin, { id: user, status: 'active', locked: false }, 'active')).toEqual({ action: 'keep' });
  });
});
