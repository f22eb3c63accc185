import { LinkableAccount, decideAccountLink, displayNameFor } from './account-linking';

const account = (id: string, status: LinkableAccount['status'] = 'active', emailVerified = true): LinkableAccount => ({ id, status, email_verified: emailVerified });
const verified = { email: 'awa@example.cm', emailVerified: true };
const unverified = { email: 'awa@example.cm', emailVerified: false };

describe('decideAccountLink', () => {
  it('signs in the linked account, whatever the email says now', () => {
    const linked = account('linked');
    expect(decideAccountLink(unverified, linked, account('other'))).toEqual({ action: 'sign-in', account: linked });
    expect(decideAccountLink({ email: null, emailVerified: false }, linked, null)).toEqual({ action: 'sign-in', account: linked });
  });

  it('refuses a linked account that is suspended or banned', () => {
    for (const status of ['suspended', 'banned'] as const) {
      const linked = account('linked', status);
      expect(decideAccountLink(verified, linked, null)).toEqual({ action: 'refuse', reason: 'account-disabled', account: linked });
    }
  });

  it('links to the account with the same email only when the provider verified it', () => {
    const existing = account('existing');
    expect(decideAccountLink(verified, null, existing)).toEqual({ action: 'link', account: existing, claimsUnverifiedAccount: false });
    expect(decideAccountLink(unverified, null, existing)).toEqual({ action: 'refuse', reason: 'email-unverified' });
  });

  it('claims an account whose email was never verified (it may have been opened to wait for its owner)', () => {
    const squatted = account('squatted', 'active', false);
    expect(decideAccountLink(verified, null, squatted)).toEqual({ action: 'link', account: squatted, claimsUnverifiedAccount: true });
  });

  it('does not link to an account that is not active', () => {
    const suspended = account('existing', 'suspended');
    expect(decideAccountLink(verified, null, suspended)).toEqual({ action: 'refuse', reason: 'account-disabled', account: suspended });
  });

  it('creates an account for an unknown email only when the provider verified it, and refuses without an email', () => {
    expect(decideAccountLink(verified, null, null)).toEqual({ action: 'create' });
    expect(decideAccountLink(unverified, null, null)).toEqual({ action: 'refuse', reason: 'email-unverified' });
    expect(decideAccountLink({ email: null, emailVerified: true }, null, null)).toEqual({ action: 'refuse', reason: 'email-missing' });
  });
});

describe('displayNameFor', () => {
  it("prefers Apple's first-sign-in user field, then the token's name, then the email's local part", () => {
    const apple = JSON.stringify({ name: { firstName: 'Awa', lastName: 'Mbida' }, email: 'x@privaterelay.appleid.com' });
    expect(displayNameFor({ name: 'Token Name', email: 'awa@example.cm' }, apple)).toBe('Awa Mbida');
    expect(displayNameFor({ name: 'Token Name', email: 'awa@example.cm' }, undefined)).toBe('Token Name');
    expect(displayNameFor({ name: null, email: 'awa@example.cm' }, undefined)).toBe('awa');
  });

  it('ignores a malformed or empty user field', () => {
    expect(displayNameFor({ name: null, email: 'awa@example.cm' }, '{not json')).toBe('awa');
    expect(displayNameFor({ name: null, email: 'awa@example.cm' }, JSON.stringify({ name: { firstName: ' ' } }))).toBe('awa');
  });
});
