import { checkRegistration } from './registration-rules';

describe('checkRegistration', () => {
  const valid = { email: '  Ada@Example.COM ', password: 'long enough', name: ' Ada ' };

  it('normalizes email, name and phone and defaults the role to customer', () => {
    expect(checkRegistration({ ...valid, phone: ' ' })).toEqual({
      registration: { email: 'ada@example.com', password: 'long enough', name: 'Ada', phone: null, role: 'customer', referralCode: null, birthday: null },
      errors: [],
    });
  });

  it('allows restaurant owners and drivers to sign up', () => {
    expect(checkRegistration({ ...valid, role: 'restaurant_owner' }).registration?.role).toBe('restaurant_owner');
    expect(checkRegistration({ ...valid, role: 'driver' }).registration?.role).toBe('driver');
  });

  it('never lets anyone sign up as admin or staff', () => {
    for (const role of ['admin', 'restaurant_staff', 'guest']) {
      const { registration, errors } = checkRegistration({ ...valid, role: role as 'customer' });
      expect(registration).toBeUndefined();
      expect(errors).toEqual([{ field: 'role', message: 'role must be one of customer, restaurant_owner, driver' }]);
    }
  });

  it('refuses the email’s local part as the password', () => {
    expect(checkRegistration({ ...valid, email: 'adalovelace@example.com', password: 'AdaLovelace1' }).errors).toEqual([
      { field: 'password', message: 'password is too common or too easy to guess' },
    ]);
  });

  it('keeps a valid birthday and a plausible referral code (upper-cased), drops a malformed code', () => {
    const today = new Date('2026-06-15T00:00:00Z');
    expect(checkRegistration({ ...valid, birthday: '2000-01-31', referral_code: ' ab12cd34 ' }, today).registration).toMatchObject({
      birthday: '2000-01-31',
      referralCode: 'AB12CD34',
    });
    expect(checkRegistration({ ...valid, referral_code: 'x; DROP' }, today).registration?.referralCode).toBeNull();
    expect(checkRegistration({ ...valid, birthday: '2020-01-01' }, today).errors.map((e) => e.field)).toEqual(['birthday']);
  });

  it('reports every bad field at once', () => {
    const { errors } = checkRegistration({ email: 'nope', password: 'short', name: '' });
    expect(errors.map((e) => e.field)).toEqual(['email', 'password', 'name']);
  });
});
