import { anonymisedAccount, decideErasure } from './account-erasure';

describe('decideErasure', () => {
  const admin = 'a0000000-0000-4000-8000-000000000001';
  const user = 'b0000000-0000-4000-8000-000000000002';

  it('refuses the admin’s own account', () => {
    expect(decideErasure(admin, { id: admin, status: 'active' })).toEqual({ action: 'refuse', reason: 'own-account' });
  });

  it('erases any other account, whatever its status, once', () => {
    for (const status of ['active', 'suspended', 'banned'] as const) expect(decideErasure(admin, { id: user, status })).toEqual({ action: 'erase' });
    expect(decideErasure(admin, { id: user, status: 'deleted' })).toEqual({ action: 'keep' });
  });
});

describe('anonymisedAccount', () => {
  it('keeps no personal data and no password, under a unique reserved address', () => {
    const id = 'b0000000-0000-4000-8000-000000000002';
    expect(anonymisedAccount(id)).toEqual({
      email: `deleted-${id}@deleted.invalid`,
      name: 'Deleted user',
      phone: null,
      phone_verified_at: null,
      birthday: null,
      password_hash: null,
      email_verified: false,
      preferences: {},
      status: 'deleted',
      failed_login_count: 0,
      locked_until: null,
    });
  });
});
