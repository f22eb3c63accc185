import { DataSource } from 'typeorm';
import { OidcCallbackData } from '@platter/contracts';
import { FakeOidcProvider, FormPost, ThrowawaySchema, createThrowawaySchema, generateAppleTeamKey, rejection } from '@platter/testing';
import { decodeBase32 } from '../auth/domain/base32';
import { hotp, totpStep } from '../auth/domain/totp';
import { IdentityConfig } from '../identity.config';
import { identityEntities } from '../identity.module';
import { identityMigrations } from '../migrations';
import { IdentityServices, identityServices } from '../testing/identity-services';
import { OidcFailure } from './domain/oidc-provider-client';
import { newPendingAuthorization } from './domain/pkce';
import { HttpOidcProviderClient, OidcClientSettings } from './http-oidc-provider-client';

const GOOGLE_REDIRECT = 'http://127.0.0.1:3000/api/v1/auth/google/callback';
const APPLE_REDIRECT = 'http://127.0.0.1:3000/api/v1/auth/apple/callback';
const appleTeamKey = generateAppleTeamKey();

// Real PostgreSQL and a real HTTP provider (FakeOidcProvider from @platter/testing).
describe('sign-in with Google and Apple against a local OIDC provider and PostgreSQL', () => {
  let db: ThrowawaySchema;
  let dataSource: DataSource;
  let google: FakeOidcProvider;
  let apple: FakeOidcProvider;
  let services: IdentityServices;

  const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => dataSource.query(sql, params);

  beforeAll(async () => {
    google = await new FakeOidcProvider({
      flavor: 'google',
      clientId: 'google-client',
      redirectUri: GOOGLE_REDIRECT,
      authentication: { kind: 'client-secret', secret: 'google-secret' },
    }).start();
    apple = await new FakeOidcProvider({
      flavor: 'apple',
      clientId: 'com.platter.web',
      redirectUri: APPLE_REDIRECT,
      authentication: { kind: 'apple-team-key', teamId: 'TEAM123456', keyId: 'KEY1234567', publicKeyPem: appleTeamKey.publicKeyPem },
    }).start();
    const config = Object.assign(new IdentityConfig(), {
      GOOGLE_OIDC_ISSUER: google.issuer,
      GOOGLE_CLIENT_ID: 'google-client',
      GOOGLE_CLIENT_SECRET: 'google-secret',
      GOOGLE_REDIRECT_URI: GOOGLE_REDIRECT,
      APPLE_OIDC_ISSUER: apple.issuer,
      APPLE_CLIENT_ID: 'com.platter.web',
      APPLE_TEAM_ID: 'TEAM123456',
      APPLE_KEY_ID: 'KEY1234567',
      APPLE_PRIVATE_KEY_PEM: appleTeamKey.privateKeyPem,
      APPLE_REDIRECT_URI: APPLE_REDIRECT,
    });
    db = await createThrowawaySchema('identity', { entities: identityEntities, migrations: identityMigrations });
    dataSource = db.dataSource;
    services = await identityServices(db, config);
  });

  afterAll(async () => {
    await db?.drop();
    await google?.stop();
    await apple?.stop();
  });

  /** Starts a Google sign-in and lets the provider consent: what its redirect brings back. */
  async function googleCallback(): Promise<OidcCallbackData> {
    const { authorization_url } = await services.startOidcSignIn.start({ provider: 'google' });
    const res = await fetch(authorization_url, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const back = new URL(res.headers.get('location')!);
    expect(`${back.origin}${back.pathname}`).toBe(GOOGLE_REDIRECT);
    return { provider: 'google', code: back.searchParams.get('code')!, state: back.searchParams.get('state')! };
  }

  /** Starts an Apple sign-in; Apple answers with a form to post to the redirect URI. */
  async function appleCallback(): Promise<OidcCallbackData> {
    const { authorization_url } = await services.startOidcSignIn.start({ provider: 'apple' });
    const res = await fetch(authorization_url, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(200);
    const form = (await res.json()) as FormPost;
    expect(form.action).toBe(APPLE_REDIRECT);
    return { provider: 'apple', ...(form.fields as { code: string; state: string; user?: string }) };
  }

  it('asks Google for a code with PKCE S256, state and nonce, and keeps only the state hash', async () => {
    const { authorization_url } = await services.startOidcSignIn.start({ provider: 'google' });
    const url = new URL(authorization_url);
    expect(`${url.origin}${url.pathname}`).toBe(`${google.issuer}/authorize`);
    const p = Object.fromEntries(url.searchParams);
    expect(p).toMatchObject({ response_type: 'code', client_id: 'google-client', redirect_uri: GOOGLE_REDIRECT, scope: 'openid email profile', code_challenge_method: 'S256' });
    const [row] = await query<{ state_hash: string; nonce: string; provider: string; ttl: number }>(
      `SELECT state_hash, nonce, provider, extract(epoch FROM expires_at - created_at)::int AS ttl FROM oauth_authorizations ORDER BY created_at DESC LIMIT 1`,
    );
    expect(row).toMatchObject({ nonce: p.nonce, provider: 'google', ttl: 600 });
    expect(row.state_hash).not.toBe(p.state);
    expect(await query(`SELECT 1 FROM oauth_authorizations WHERE state_hash = $1 OR code_verifier = $1`, [p.state])).toEqual([]);
  });

  it('creates a customer without a password on a first Google sign-in, then signs the same user in again', async () => {
    google.signedInUser = { sub: 'google-sub-1', email: 'Ama@Example.com', email_verified: true, name: 'Ama Owusu' };
    const first = await services.completeOidcSignIn.complete(await googleCallback());
    expect(first.user).toMatchObject({ email: 'ama@example.com', name: 'Ama Owusu', role: 'customer', status: 'active', email_verified: true });
    expect(first.tokens).toMatchObject({ token_type: 'Bearer', access_token: expect.any(String), refresh_token: expect.any(String) });
    // The client authenticated with its secret and the PKCE verifier.
    const tokenRequest = google.tokenRequests.at(-1)!;
    expect(tokenRequest).toMatchObject({ ok: true, params: { client_secret: 'google-secret', code_verifier: expect.stringMatching(/^[\w-]{43}$/) } });

    const [row] = await query<{ password_hash: string | null }>(`SELECT password_hash FROM users WHERE id = $1`, [first.user.id]);
    expect(row.password_hash).toBeNull();
    expect(await query(`SELECT provider, subject, email FROM user_identities WHERE user_id = $1`, [first.user.id])).toEqual([
      { provider: 'google', subject: 'google-sub-1', email: 'ama@example.com' },
    ]);
    expect(await query(`SELECT routing_key FROM outbox WHERE envelope->'payload'->>'user_id' = $1`, [first.user.id])).toEqual([{ routing_key: 'user.registered' }]);
    // Password login fails for an account that has no password, as for a wrong one.
    expect((await rejection(services.logIn.logIn({ email: 'ama@example.com', password: 'anything at all' }))).code).toBe('INVALID_CREDENTIALS');

    // A later sign-in finds the link by subject, even if the email changed at Google.
    google.signedInUser = { sub: 'google-sub-1', email: 'ama.new@example.com', email_verified: true };
    const second = await services.completeOidcSignIn.complete(await googleCallback());
    expect(second.user.id).toBe(first.user.id);
    // Tokens are the usual session: refresh works.
    const refreshed = await services.refresh.refresh({ refresh_token: second.tokens.refresh_token });
    expect(refreshed.tokens.refresh_token).not.toBe(second.tokens.refresh_token);

    const audit = await query<{ action: string; detail: string | null }>(`SELECT action, detail FROM audit_log WHERE target = $1 ORDER BY at`, [first.user.id]);
    expect(audit.filter((a) => a.detail === 'via google').map((a) => a.action)).toEqual(['user.registered', 'login.succeeded', 'login.succeeded']);
  });

  it('spends a state once, and refuses unknown, tampered, expired and other-provider states', async () => {
    google.signedInUser = { sub: 'google-sub-state', email: 'state@example.com', email_verified: true };
    const callback = await googleCallback();
    await services.completeOidcSignIn.complete(callback);
    const replay = await rejection(services.completeOidcSignIn.complete(callback));
    expect([replay.code, replay.status]).toEqual(['OAUTH_STATE_INVALID', 400]);

    const fresh = await googleCallback();
    const tampered = fresh.state.slice(0, -2) + (fresh.state.endsWith('AA') ? 'BB' : 'AA');
    expect((await rejection(services.completeOidcSignIn.complete({ ...fresh, state: tampered }))).code).toBe('OAUTH_STATE_INVALID');
    // The Google state is no Apple state.
    expect((await rejection(services.completeOidcSignIn.complete({ ...fresh, provider: 'apple' }))).code).toBe('OAUTH_STATE_INVALID');

    const late = await googleCallback();
    await query(`UPDATE oauth_authorizations SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`);
    expect((await rejection(services.completeOidcSignIn.complete(late))).code).toBe('OAUTH_STATE_INVALID');
  });

  it('refuses ID tokens with another nonce, a foreign key, another audience or issuer, or expired', async () => {
    google.signedInUser = { sub: 'google-sub-bad-token', email: 'bad-token@example.com', email_verified: true };
    for (const misbehaviour of ['wrong-nonce', 'foreign-key', 'wrong-audience', 'wrong-issuer', 'expired'] as const) {
      const callback = await googleCallback();
      google.misbehaveOnce = misbehaviour;
      const refused = await rejection(services.completeOidcSignIn.complete(callback));
      expect([misbehaviour, refused.code, refused.status]).toEqual([misbehaviour, 'OAUTH_ID_TOKEN_INVALID', 401]);
    }
    expect(await query(`SELECT 1 FROM users WHERE email = 'bad-token@example.com'`)).toEqual([]);
  });

  it('links an existing account by email only when the provider verified it, and refuses disabled accounts', async () => {
    const registered = await services.register.register({ email: 'kofi@example.com', password: 'correct horse battery', name: 'Kofi' });
    // Kofi proved his address (the verification link), so the account is his to keep as it is.
    await query(`UPDATE users SET email_verified = true WHERE id = $1`, [registered.user.id]);
    google.signedInUser = { sub: 'google-sub-kofi', email: 'kofi@example.com', email_verified: false };
    const unverified = await rejection(services.completeOidcSignIn.complete(await googleCallback()));
    expect([unverified.code, unverified.status]).toEqual(['CONFLICT', 409]);
    expect(await query(`SELECT 1 FROM user_identities WHERE subject = 'google-sub-kofi'`)).toEqual([]);

    google.signedInUser = { sub: 'google-sub-kofi', email: 'kofi@example.com', email_verified: true };
    const linked = await services.completeOidcSignIn.complete(await googleCallback());
    expect(linked.user).toMatchObject({ id: registered.user.id, email_verified: true });
    // The password still works for the linked account.
    expect((await services.logIn.logIn({ email: 'kofi@example.com', password: 'correct horse battery' })).user.id).toBe(registered.user.id);

    await query(`UPDATE users SET status = 'suspended' WHERE id = $1`, [registered.user.id]);
    const suspended = await rejection(services.completeOidcSignIn.complete(await googleCallback()));
    expect([suspended.code, suspended.status]).toEqual(['FORBIDDEN', 403]);
  });

  it('asks an account with 2FA on for its code, and links nothing without it', async () => {
    const registered = await services.register.register({ email: 'efua@example.com', password: 'correct horse battery', name: 'Efua' });
    await query(`UPDATE users SET email_verified = true WHERE id = $1`, [registered.user.id]);
    const actor = { user_id: registered.user.id, role: registered.user.role };
    const { secret } = await services.setUpTwoFactor.setUp(actor);
    const codeFor = (offset: number) => hotp(decodeBase32(secret)!, totpStep(Date.now()) + offset);
    const enablingCode = codeFor(-1);
    await services.enableTwoFactor.enable(actor, { code: enablingCode });

    google.signedInUser = { sub: 'google-sub-efua', email: 'efua@example.com', email_verified: true };
    const required = await rejection(services.completeOidcSignIn.complete(await googleCallback()));
    expect([required.code, required.status]).toEqual(['TOTP_REQUIRED', 401]);
    expect(await query(`SELECT 1 FROM user_identities WHERE subject = 'google-sub-efua'`)).toEqual([]);
    const wrong = await rejection(services.completeOidcSignIn.complete({ ...(await googleCallback()), totp_code: enablingCode }));
    expect(wrong.code).toBe('INVALID_TOTP'); // spent enabling

    const signedIn = await services.completeOidcSignIn.complete({ ...(await googleCallback()), totp_code: codeFor(0) });
    expect(signedIn.user.id).toBe(registered.user.id);
  });

  it('claims an account whose email was never verified: its opener keeps no password, session, second factor or phone', async () => {
    // Someone opened an account with Abena's address before she ever signed up, and armed it.
    const squatter = await services.register.register({ email: 'abena@example.com', password: 'squatter password 1', name: 'Not Ama', phone: '+237670777888' });
    const actor = { user_id: squatter.user.id, role: squatter.user.role };
    const { secret } = await services.setUpTwoFactor.setUp(actor);
    await services.enableTwoFactor.enable(actor, { code: hotp(decodeBase32(secret)!, totpStep(Date.now())) });

    google.signedInUser = { sub: 'google-sub-abena', email: 'abena@example.com', email_verified: true };
    const abena = await services.completeOidcSignIn.complete(await googleCallback());
    expect(abena.user).toMatchObject({ id: squatter.user.id, email_verified: true, phone: null });
    expect((await rejection(services.logIn.logIn({ email: 'abena@example.com', password: 'squatter password 1' }))).code).toBe('INVALID_CREDENTIALS');
    expect((await rejection(services.refresh.refresh({ refresh_token: squatter.tokens.refresh_token }))).code).toBe('INVALID_TOKEN');
    expect(await query(`SELECT 1 FROM two_factor WHERE user_id = $1`, [squatter.user.id])).toEqual([]);
    expect(await query(`SELECT action FROM audit_log WHERE action = 'account.unverified-claimed' AND target = $1`, [squatter.user.id])).toHaveLength(1);
    // Her next sign-in needs no code: the squatter's second factor went with the claim.
    const again = await services.completeOidcSignIn.complete(await googleCallback());
    expect(again.user.id).toBe(squatter.user.id);
  });

  it('opens no account for an email the provider does not vouch for', async () => {
    google.signedInUser = { sub: 'google-sub-unverified', email: 'nobody-yet@example.com', email_verified: false };
    const refused = await rejection(services.completeOidcSignIn.complete(await googleCallback()));
    expect(refused.status).toBe(409);
    expect(await query(`SELECT 1 FROM users WHERE email = 'nobody-yet@example.com'`)).toEqual([]);
  });

  it("signs in with Apple: team-key client secret, name from the first form's user field, string email_verified", async () => {
    apple.signedInUser = { sub: '001234.apple-sub', email: 'relay123@privaterelay.appleid.com', email_verified: true };
    apple.appleUserField = JSON.stringify({ name: { firstName: 'Yaw', lastName: 'Boateng' }, email: 'relay123@privaterelay.appleid.com' });
    const first = await services.completeOidcSignIn.complete(await appleCallback());
    expect(first.user).toMatchObject({ email: 'relay123@privaterelay.appleid.com', name: 'Yaw Boateng', email_verified: true, role: 'customer' });
    expect(apple.tokenRequests.at(-1)).toMatchObject({ ok: true, params: { client_id: 'com.platter.web', client_secret: expect.stringMatching(/^ey/) } });

    // Later sign-ins carry no user field and, at Apple, often no email: the link by subject decides.
    apple.signedInUser = { sub: '001234.apple-sub' };
    const again = await services.completeOidcSignIn.complete(await appleCallback());
    expect(again.user).toMatchObject({ id: first.user.id, name: 'Yaw Boateng' });

    apple.signedInUser = { sub: '001234.apple-other' };
    expect((await rejection(services.completeOidcSignIn.complete(await appleCallback()))).code).toBe('OAUTH_EMAIL_MISSING');
  });

  it('reports a provider refusal, and an unconfigured provider', async () => {
    const { state } = await googleCallback();
    const denied = await rejection(services.completeOidcSignIn.complete({ provider: 'google', state, error: 'access_denied' }));
    expect([denied.code, denied.status]).toEqual(['OAUTH_CODE_REJECTED', 400]);

    const bare = await identityServices(db, new IdentityConfig());
    const notConfigured = await rejection(bare.startOidcSignIn.start({ provider: 'apple' }));
    expect([notConfigured.code, notConfigured.status]).toEqual(['OAUTH_PROVIDER_NOT_CONFIGURED', 503]);
  });
});

// The adapter against the fake provider, which refuses what Google and Apple refuse.
describe('HttpOidcProviderClient against the local provider', () => {
  let google: FakeOidcProvider;
  let settings: OidcClientSettings;

  beforeAll(async () => {
    google = await new FakeOidcProvider({
      flavor: 'google',
      clientId: 'client-a',
      redirectUri: GOOGLE_REDIRECT,
      authentication: { kind: 'client-secret', secret: 'secret-a' },
    }).start();
    settings = {
      provider: 'google',
      issuer: google.issuer,
      clientId: 'client-a',
      redirectUri: GOOGLE_REDIRECT,
      scope: 'openid email profile',
      authentication: { kind: 'client-secret', secret: 'secret-a' },
    };
  });

  afterAll(() => google?.stop());

  async function authorize(client: HttpOidcProviderClient) {
    const pending = newPendingAuthorization();
    const res = await fetch(await client.authorizationUrl(pending), { redirect: 'manual' });
    return { pending, code: new URL(res.headers.get('location')!).searchParams.get('code')! };
  }

  const failureOf = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (err: unknown) => (err instanceof OidcFailure ? err.kind : err),
    );

  it('redeems a code once, with its verifier and redirect URI only', async () => {
    const client = new HttpOidcProviderClient(settings);
    google.signedInUser = { sub: 'adapter-sub', email: 'adapter@example.com', email_verified: true };

    const good = await authorize(client);
    const identity = await client.redeem(good.code, good.pending.codeVerifier, good.pending.nonce);
    expect(identity).toEqual({ provider: 'google', subject: 'adapter-sub', email: 'adapter@example.com', emailVerified: true, name: null });
    expect(await failureOf(client.redeem(good.code, good.pending.codeVerifier, good.pending.nonce))).toBe('code-rejected');

    const wrongVerifier = await authorize(client);
    expect(await failureOf(client.redeem(wrongVerifier.code, newPendingAuthorization().codeVerifier, wrongVerifier.pending.nonce))).toBe('code-rejected');

    const otherRedirect = await authorize(client);
    const elsewhere = new HttpOidcProviderClient({ ...settings, redirectUri: 'http://127.0.0.1:3000/elsewhere' });
    expect(await failureOf(elsewhere.redeem(otherRedirect.code, otherRedirect.pending.codeVerifier, otherRedirect.pending.nonce))).toBe('code-rejected');

    // A wrong client secret is our misconfiguration, not the user's: a provider error.
    const badSecret = await authorize(client);
    const misconfigured = new HttpOidcProviderClient({ ...settings, authentication: { kind: 'client-secret', secret: 'nope' } });
    expect(await failureOf(misconfigured.redeem(badSecret.code, badSecret.pending.codeVerifier, badSecret.pending.nonce))).toBe('provider-error');
  });

  it('refuses a discovery document that names another issuer', async () => {
    const client = new HttpOidcProviderClient({ ...settings, issuer: google.issuer.replace('127.0.0.1', 'localhost') });
    expect(await failureOf(client.authorizationUrl(newPendingAuthorization()))).toBe('provider-error');
  });
});
