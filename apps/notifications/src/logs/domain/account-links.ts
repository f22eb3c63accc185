/** The client app's pages that take an emailed token (the app reads `token` from the query). */
export const ACCOUNT_LINK_PAGES = { password_reset: 'reset-password', email_verification: 'verify-email' } as const;

/** `<app>/<page>?token=...`; a path in the app's URL is kept (the app may live under one). */
export function accountLink(appPublicUrl: string, purpose: keyof typeof ACCOUNT_LINK_PAGES, token: string): string {
  const url = new URL(appPublicUrl);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${ACCOUNT_LINK_PAGES[purpose]}`;
  url.search = new URLSearchParams({ token }).toString();
  url.hash = '';
  return url.toString();
}
