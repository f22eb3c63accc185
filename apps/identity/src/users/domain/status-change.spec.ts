import { decideStatusChange } from './status-change';

describe('decideStatusChange', () => {
  const admin = 'a0000000-0000-4000-8000-000000000001';
  const user = 'b0000000-0000-4000-8000-000000000002';

  it('refuses a change of the admin’s own account, whatever the status', () => {
    expect(decideStatusChange(admin, { id: admin, status: 'active' }, 'suspended')).toEqual({ action: 'refuse', reason: 'own-account' });
    expect(decideStatusChange(admin, { id: admin, status: 'active' }, 'active')).toEqual({ action: 'refuse', reason: 'own-account' });
  });

  it('keeps an account that already has the status', () => {
    expect(decideStatusChange(admin, { id: user, status: 'banned' }, 'banned')).toEqual({ action: 'keep' });
  });

  it('ends the sessions when the account leaves active', () => {
    expect(decideStatusChange(admin, { id: user, status: 'active' }, 'suspended')).toEqual({ action: 'change', endSessions: true });
    expect(decideStatusChange(admin, { id: user, status: 'suspended' }, 'banned')).toEqual({ action: 'change', endSessions: true });
  });

  it('keeps no session to end when the account is re-activated', () => {
    expect(decideStatusChange(admin, { id: user, status: 'suspended' }, 'active')).toEqual({ action: 'change', endSessions: false });
  });
});
