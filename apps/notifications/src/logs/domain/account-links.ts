/** The client app's pages that take an emailed token (the app reads `token` from the query). */
export const ACCOUNT_LINK_PAGES = { password_reset: 'reset-password', email_verification: 'verify-email', account_unlock: 'unlock-account' } as const;

/** What an emailed link is for; each has its page and its template (MESSAGE_TEMPLATES). */
export type AccountLinkPurpose = keyof typeof ACCOUNT_LINK_PAGES;

/** `<app>/<page>?token=...`; a path in the app's URL is kept (the app may live under one). */
export function accountLink(appPublicUrl: string, purpose: AccountLinkPurpose, token: string): string {
  const url = new URL(appPublicUrl);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${ACCOUNT_LINK_PAGES[purpose]}`;
  url.search = new URLSearchParams({ token }).toString();
  url.hash = '';
  return url.toString();
}
