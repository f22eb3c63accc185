import { createHash, generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { CryptoKey, JWK, KeyObject, SignJWT, exportJWK, generateKeyPair, importSPKI, jwtVerify } from 'jose';

/** A person signed in at the provider: whoever /authorize consents for next. */
export interface FakeProviderUser {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

/** How the relying party authenticates at /token. */
export type FakeClientAuthentication =
  | { kind: 'client-secret'; secret: string }
  /** Apple: client_secret is an ES256 JWT by the team key (iss = team id, sub = client id, aud = issuer, kid = key id). */
  | { kind: 'apple-team-key'; teamId: string; keyId: string; publicKeyPem: string };

export interface FakeOidcProviderOptions {
  /** 0 picks a free port; a fixed one lets a fleet be configured before the provider starts. */
  port?: number;
  /** 'apple' answers form_post authorizations and sends email_verified as a string, as Apple does. */
  flavor: 'google' | 'apple';
  clientId: string;
  redirectUri: string;
  authentication: FakeClientAuthentication;
}

/** Ways to make the next ID token wrong, so a test can see the relying party refuse it. */
export type Misbehaviour = 'wrong-nonce' | 'foreign-key' | 'wrong-audience' | 'wrong-issuer' | 'expired';

interface IssuedCode {
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  nonce: string | undefined;
  user: FakeProviderUser;
  expiresAt: number;
  used: boolean;
}

/** What /authorize answers for form_post when asked for JSON: the form the browser would post. */
export interface FormPost {
  action: string;
  fields: Record<string, string>;
}

/**
 * A local OpenID Connect provider for tests, strict where the real ones are: discovery, /authorize
 * (auto-consent for `signedInUser`), /token (client authentication, single-use code bound to its
 * client and redirect URI, PKCE S256 verifier) and /jwks; ID tokens are RS256 by its own key.
 */
export class FakeOidcProvider {
  /** Who consents at the next /authorize. */
  signedInUser: FakeProviderUser = { sub: randomUUID(), email: 'someone@example.com', email_verified: true, name: 'Some One' };
  /** Apple's first-sign-in `user` form field, sent with the next form_post when set. */
  appleUserField: string | undefined;
  /** Applied to the next ID token only. */
  misbehaveOnce: Misbehaviour | null = null;
  /** Every /token request's outcome, for assertions about what the relying party sent. */
  readonly tokenRequests: Array<{ ok: boolean; error?: string; params: Record<string, string> }> = [];

  private server: Server | null = null;
  private readonly codes = new Map<string, IssuedCode>();
  private signingKey!: { privateKey: CryptoKey | KeyObject; jwk: JWK };
  private foreignKey!: CryptoKey | KeyObject;
  private appleTeamKey: CryptoKey | KeyObject | null = null;
  private port = 0;

  constructor(private readonly options: FakeOidcProviderOptions) {}

  get issuer(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    this.signingKey = { privateKey, jwk: { ...(await exportJWK(publicKey)), kid: `fake-${randomBytes(4).toString('hex')}`, alg: 'RS256', use: 'sig' } };
    // Same algorithm and kid, another key: only the signature check can catch it.
    this.foreignKey = (await generateKeyPair('RS256')).privateKey;
    if (this.options.authentication.kind === 'apple-team-key') {
      this.appleTeamKey = await importSPKI(this.options.authentication.publicKeyPem, 'ES256');
    }
    this.server = createServer((req, res) => {
      this.route(req, res).catch((err: unknown) => send(res, 500, { error: 'server_error', error_description: String(err) }));
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(this.options.port ?? 0, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.issuer);
    if (req.method === 'GET' && url.pathname === '/.well-known/openid-configuration') return send(res, 200, this.discovery());
    if (req.method === 'GET' && url.pathname === '/jwks') return send(res, 200, { keys: [this.signingKey.jwk] });
    if (req.method === 'GET' && url.pathname === '/authorize') return this.authorize(url, req, res);
    if (req.method === 'POST' && url.pathname === '/token') return this.token(req, res);
    send(res, 404, { error: 'not_found' });
  }

  private discovery() {
    return {
      issuer: this.issuer,
      authorization_endpoint: `${this.issuer}/authorize`,
      token_endpoint: `${this.issuer}/token`,
      jwks_uri: `${this.issuer}/jwks`,
      response_types_supported: ['code'],
      response_modes_supported: this.options.flavor === 'apple' ? ['query', 'fragment', 'form_post'] : ['query', 'fragment'],
      subject_types_supported: ['public', 'pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
      scopes_supported: this.options.flavor === 'apple' ? ['openid', 'email', 'name'] : ['openid', 'email', 'profile'],
    };
  }

  /** Errors about the client or redirect URI are shown to the user, never redirected (RFC 6749 4.1.2.1). */
  private authorize(url: URL, req: IncomingMessage, res: ServerResponse): void {
    const p = Object.fromEntries(url.searchParams);
    if (p.client_id !== this.options.clientId) return send(res, 400, { error: 'invalid_client' });
    if (p.redirect_uri !== this.options.redirectUri) return send(res, 400, { error: 'invalid_request', error_description: 'redirect_uri mismatch' });
    const problem =
      p.response_type !== 'code' ? 'unsupported_response_type'
      : !p.state ? 'invalid_request: state is required'
      : !p.code_challenge || p.code_challenge_method !== 'S256' ? 'invalid_request: PKCE S256 is required'
      : this.options.flavor === 'apple' && p.response_mode !== 'form_post' ? 'invalid_request: form_post is required with name or email scopes'
      : null;
    if (problem) return send(res, 400, { error: problem });
    const code = randomBytes(24).toString('base64url');
    this.codes.set(code, {
      clientId: p.client_id,
      redirectUri: p.redirect_uri,
      codeChallenge: p.code_challenge,
      nonce: p.nonce,
      user: { ...this.signedInUser },
      expiresAt: Date.now() + 5 * 60_000,
      used: false,
    });
    const fields: Record<string, string> = { code, state: p.state };
    if (p.response_mode === 'form_post') {
      if (this.appleUserField !== undefined) fields.user = this.appleUserField;
      this.appleUserField = undefined;
      const form: FormPost = { action: p.redirect_uri, fields };
      if ((req.headers.accept ?? '').includes('application/json')) return send(res, 200, form);
      return sendHtml(res, autoSubmitForm(form));
    }
    const back = new URL(p.redirect_uri);
    for (const [k, v] of Object.entries(fields)) back.searchParams.set(k, v);
    res.writeHead(302, { location: back.toString() }).end();
  }

  private async token(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const params = Object.fromEntries(new URLSearchParams(await readBody(req)));
    const refuse = (status: number, error: string) => {
      this.tokenRequests.push({ ok: false, error, params });
      send(res, status, { error });
    };
    const basic = basicCredentials(req.headers.authorization);
    const clientId = basic?.id ?? params.client_id;
    const clientSecret = basic?.secret ?? params.client_secret;
    if (clientId !== this.options.clientId || !(await this.clientAuthenticates(clientSecret))) return refuse(401, 'invalid_client');
    if (params.grant_type !== 'authorization_code') return refuse(400, 'unsupported_grant_type');
    const issued = this.codes.get(params.code ?? '');
    if (!issued || issued.expiresAt < Date.now() || issued.clientId !== clientId) return refuse(400, 'invalid_grant');
    // A code is good once; a replay is refused (real providers also revoke what it gave).
    if (issued.used) return refuse(400, 'invalid_grant');
    issued.used = true;
    if (params.redirect_uri !== issued.redirectUri) return refuse(400, 'invalid_grant');
    const challenge = params.code_verifier ? createHash('sha256').update(params.code_verifier, 'ascii').digest('base64url') : null;
    if (challenge !== issued.codeChallenge) return refuse(400, 'invalid_grant');
    this.tokenRequests.push({ ok: true, params });
    send(res, 200, {
      access_token: randomBytes(24).toString('base64url'),
      token_type: 'Bearer',
      expires_in: 3600,
      id_token: await this.idToken(issued),
    });
  }

  private async clientAuthenticates(secret: string | undefined): Promise<boolean> {
    const auth = this.options.authentication;
    if (!secret) return false;
    if (auth.kind === 'client-secret') return secret === auth.secret;
    try {
      const { protectedHeader } = await jwtVerify(secret, this.appleTeamKey!, {
        algorithms: ['ES256'],
        issuer: auth.teamId,
        subject: this.options.clientId,
        audience: this.issuer,
        requiredClaims: ['iat', 'exp'],
      });
      return protectedHeader.kid === auth.keyId;
    } catch {
      return false;
    }
  }

  private async idToken(issued: IssuedCode): Promise<string> {
    const misbehaviour = this.misbehaveOnce;
    this.misbehaveOnce = null;
    const now = Math.floor(Date.now() / 1000);
    const apple = this.options.flavor === 'apple';
    const claims: Record<string, unknown> = {
      nonce: misbehaviour === 'wrong-nonce' ? randomBytes(16).toString('base64url') : issued.nonce,
      ...(issued.user.email !== undefined ? { email: issued.user.email } : {}),
      ...(issued.user.email_verified !== undefined ? { email_verified: apple ? String(issued.user.email_verified) : issued.user.email_verified } : {}),
      // Apple never puts the name in the ID token; it comes once, in the form's `user` field.
      ...(!apple && issued.user.name ? { name: issued.user.name } : {}),
    };
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: this.signingKey.jwk.kid, typ: 'JWT' })
      .setIssuer(misbehaviour === 'wrong-issuer' ? 'https://evil.example.com' : this.issuer)
      .setAudience(misbehaviour === 'wrong-audience' ? 'someone-else' : issued.clientId)
      .setSubject(issued.user.sub)
      .setIssuedAt(misbehaviour === 'expired' ? now - 7200 : now)
      .setExpirationTime(misbehaviour === 'expired' ? now - 3600 : now + 600)
      .sign(misbehaviour === 'foreign-key' ? this.foreignKey : this.signingKey.privateKey);
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

function sendHtml(res: ServerResponse, html: string): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
}

function autoSubmitForm(form: FormPost): string {
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const inputs = Object.entries(form.fields)
    .map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`)
    .join('');
  return `<!doctype html><form method="post" action="${escape(form.action)}">${inputs}</form><script>document.forms[0].submit()</script>`;
}

function basicCredentials(header: string | undefined): { id: string; secret: string } | null {
  if (!header?.startsWith('Basic ')) return null;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return { id: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)) };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** An Apple-style team key (P-256): the private PEM for the relying party, the public one for the provider. */
export function generateAppleTeamKey(): { privateKeyPem: string; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}
