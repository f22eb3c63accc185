import { FormPost, useFakeOidcProviders } from '@platter/testing';
import { api } from './support/http-client';
import { useTestFleet } from './support/test-fleet';

const run = Date.now().toString(36);
const GATEWAY_PORT = 5600;

/** The gateway's JSON answer to a request the user agent makes (no /api/v1 prefix added). */
async function envelopeOf(res: Response) {
  return { status: res.status, body: (await res.json()) as { success: boolean; data: any; error?: { code: string; message: string } } };
}

describe('sign-in with Google and Apple (OpenID Connect) through the gateway', () => {
  const oidc = useFakeOidcProviders({ gatewayPort: GATEWAY_PORT });
  const { google, apple, googleRedirect: GOOGLE_REDIRECT, appleRedirect: APPLE_REDIRECT } = oidc;
  const e2e = useTestFleet({
    namespace: `e2eoidc${run}`,
    database: 'platter_e2e_oidc',
    gatewayPort: GATEWAY_PORT,
    env: { RATE_LIMITS_ENABLED: 'false' },
    serviceEnv: { identity: oidc.identityEnv },
  });
  let gw: string;

  beforeAll(() => {
    gw = e2e.gateway();
  });

  /** A browser's trip: /auth/google → 302 to Google → Google's 302 back to the callback URL. */
  async function googleCallbackUrl(): Promise<URL> {
    const start = await fetch(`${gw}/api/v1/auth/google`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    const authorize = start.headers.get('location')!;
    expect(authorize.startsWith(`${google.issuer}/authorize?`)).toBe(true);
    const consent = await fetch(authorize, { redirect: 'manual' });
    expect(consent.status).toBe(302);
    const callback = new URL(consent.headers.get('location')!);
    expect(`${callback.origin}${callback.pathname}`).toBe(GOOGLE_REDIRECT);
    return callback;
  }

  /** A mobile app's trip: the URL as JSON, Apple's form, posted to the callback as the browser would. */
  async function appleForm(): Promise<FormPost> {
    const start = await api<{ authorization_url: string }>(gw, 'GET', '/auth/apple?format=json');
    expect(start.status).toBe(200);
    const consent = await fetch(start.body.data.authorization_url, { headers: { accept: 'application/json' } });
    expect(consent.status).toBe(200);
    const form = (await consent.json()) as FormPost;
    expect(form.action).toBe(APPLE_REDIRECT);
    return form;
  }

  const postForm = (form: FormPost) =>
    fetch(form.action, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form.fields) });

  it('signs a new Google user up through the redirects, and the same user in the second time', async () => {
    google.signedInUser = { sub: `google-${run}`, email: `ama-${run}@example.cm`, email_verified: true, name: 'Ama Owusu' };
    const first = await envelopeOf(await fetch(await googleCallbackUrl()));
    expect(first.status).toBe(200);
    expect(first.body.success).toBe(true);
    expect(first.body.data.user).toMatchObject({ email: `ama-${run}@example.cm`, name: 'Ama Owusu', role: 'customer', email_verified: true });
    expect(first.body.data.tokens).toMatchObject({ token_type: 'Bearer', access_token: expect.any(String), refresh_token: expect.any(String) });

    const me = await api(gw, 'GET', '/users/me', { token: first.body.data.tokens.access_token });
    expect(me.status).toBe(200);
    expect(me.body.data.id).toBe(first.body.data.user.id);
    const refreshed = await api(gw, 'POST', '/auth/refresh', { body: { refresh_token: first.body.data.tokens.refresh_token } });
    expect(refreshed.status).toBe(200);

    // No password was ever set: password login is refused like a wrong password.
    const passwordLogin = await api(gw, 'POST', '/auth/login', { body: { email: `ama-${run}@example.cm`, password: 'any-password-at-all' } });
    expect([passwordLogin.status, passwordLogin.body.error?.code]).toEqual([401, 'INVALID_CREDENTIALS']);

    const second = await envelopeOf(await fetch(await googleCallbackUrl()));
    expect(second.status).toBe(200);
    expect(second.body.data.user.id).toBe(first.body.data.user.id);
  });

  it('answers the authorization URL as JSON to a client that asks for JSON', async () => {
    const res = await fetch(`${gw}/api/v1/auth/google`, { redirect: 'manual', headers: { accept: 'application/json' } });
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as { data: { authorization_url: string } };
    const url = new URL(data.authorization_url);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: oidc.googleClientId,
      redirect_uri: GOOGLE_REDIRECT,
      scope: 'openid email profile',
      code_challenge_method: 'S256',
      state: expect.any(String),
      nonce: expect.any(String),
      code_challenge: expect.any(String),
    });
  });

  it('refuses a tampered state and a replayed callback', async () => {
    google.signedInUser = { sub: `google-state-${run}`, email: `state-${run}@example.cm`, email_verified: true };
    const callback = await googleCallbackUrl();
    const tampered = new URL(callback);
    tampered.searchParams.set('state', `${callback.searchParams.get('state')!.slice(0, -1)}x`);
    const refused = await envelopeOf(await fetch(tampered));
    expect([refused.status, refused.body.error?.code]).toEqual([400, 'OAUTH_STATE_INVALID']);

    expect((await fetch(callback)).status).toBe(200);
    const replayed = await envelopeOf(await fetch(callback));
    expect([replayed.status, replayed.body.error?.code]).toEqual([400, 'OAUTH_STATE_INVALID']);
  });

  it('refuses an ID token with another nonce or signed by another key', async () => {
    google.signedInUser = { sub: `google-forged-${run}`, email: `forged-${run}@example.cm`, email_verified: true };
    for (const misbehaviour of ['wrong-nonce', 'foreign-key'] as const) {
      const callback = await googleCallbackUrl();
      google.misbehaveOnce = misbehaviour;
      const refused = await envelopeOf(await fetch(callback));
      expect([misbehaviour, refused.status, refused.body.error?.code]).toEqual([misbehaviour, 401, 'OAUTH_ID_TOKEN_INVALID']);
    }
  });

  it('signs in with Apple through its form_post, taking the name from the first sign-in only', async () => {
    apple.signedInUser = { sub: `001234.${run}`, email: `${run}@privaterelay.appleid.com`, email_verified: true };
    apple.appleUserField = JSON.stringify({ name: { firstName: 'Yaw', lastName: 'Boateng' }, email: `${run}@privaterelay.appleid.com` });
    const first = await envelopeOf(await postForm(await appleForm()));
    expect(first.status).toBe(200);
    expect(first.body.data.user).toMatchObject({ email: `${run}@privaterelay.appleid.com`, name: 'Yaw Boateng', email_verified: true });
    const me = await api(gw, 'GET', '/users/me', { token: first.body.data.tokens.access_token });
    expect(me.body.data.id).toBe(first.body.data.user.id);

    // Apple sends neither the name nor, often, the email again.
    apple.signedInUser = { sub: `001234.${run}` };
    const second = await envelopeOf(await postForm(await appleForm()));
    expect(second.status).toBe(200);
    expect(second.body.data.user).toMatchObject({ id: first.body.data.user.id, name: 'Yaw Boateng' });

    const form = await appleForm();
    const tampered = await envelopeOf(await postForm({ ...form, fields: { ...form.fields, state: 'forged-state' } }));
    expect([tampered.status, tampered.body.error?.code]).toEqual([400, 'OAUTH_STATE_INVALID']);
  });
});
