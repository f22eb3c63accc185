import { ACCOUNT_LINK_PAGES, accountLink } from './account-links';
import { renderTemplate } from './message-templates';

describe('account links', () => {
  const token = 'Ab-_0123456789abcdefghijklmnopqrstuvwxyzABC';

  it('points at the app page with the token in the query', () => {
    expect(accountLink('http://localhost:3000', 'password_reset', token)).toBe(`http://localhost:3000/reset-password?token=${token}`);
    expect(accountLink('https://app.platter.cm/', 'email_verification', token)).toBe(`https://app.platter.cm/verify-email?token=${token}`);
    expect(accountLink('https://app.platter.cm', 'account_unlock', token)).toBe(`https://app.platter.cm/unlock-account?token=${token}`);
  });

  it('keeps a path the app lives under and drops a query or fragment of the configured URL', () => {
    expect(accountLink('https://example.cm/platter/?x=1#top', 'password_reset', token)).toBe(`https://example.cm/platter/reset-password?token=${token}`);
  });

  it('renders every link email in both locales with the link', () => {
    const vars = { name: 'Awa', link: accountLink('http://localhost:3000', 'password_reset', token), expiresAt: '2026-01-10T08:30:00.000Z' };
    for (const key of Object.keys(ACCOUNT_LINK_PAGES)) {
      for (const locale of ['fr', 'en'] as const) {
        const text = renderTemplate(key, locale, vars);
        expect(text).toContain(vars.link);
        expect(text).toContain('Awa');
        expect(text).toContain(vars.expiresAt);
      }
    }
  });
});
