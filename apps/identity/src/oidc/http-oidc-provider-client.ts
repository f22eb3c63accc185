import { JWTPayload, createRemoteJWKSet, errors, importPKCS8, jwtVerify, SignJWT } from 'jose';
import { OidcProviderName } from '@platter/contracts';
import { AuthorizationRequest, OidcFailure, OidcProviderClient, VerifiedIdentity } from './domain/oidc-provider-client';

/** How the client proves itself at the token endpoint. */
export type ClientAuthentication =
  | { kind: 'client-secret'; secret: string }
  /** Apple: an ES256 JWT signed with the team's key (iss = team id, sub = client id, aud = issuer). */
  | { kind: 'apple-team-key'; teamId: string; keyId: string; privateKeyPem: string };

export interface OidcClientSettings {
  provider: OidcProviderName;
  issuer: string;
  clientId: string;
  redirectUri: string;
  scope: string;
  /** Apple posts the callback (form_post) when name or email is asked for. */
  responseMode?: 'form_post';
  authentication: ClientAuthentication;
  /** Per request to the provider; the gateway's RPC timeout bounds the whole sign-in. */
  timeoutMs?: number;
}

interface DiscoveryDocument {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
}

// Google and Apple sign ID tokens with RS256; ES256 is accepted for providers that use EC keys.
const ID_TOKEN_ALGORITHMS = ['RS256', 'ES256'];
const CLIENT_SECRET_TTL_SECONDS = 300;

/**
 * The provider over HTTP: discovery (cached once it succeeds), the authorization URL with state,
 * nonce and an S256 code challenge, the code exchange with the PKCE verifier, and the ID token
 * checked against the provider's JWKS (signature, iss = the configured issuer, aud = client id,
 * exp, nonce).
 */
export class HttpOidcProviderClient implements OidcProviderClient {
  readonly provider: OidcProviderName;
  private readonly issuer: string;
  private discovery: Promise<{ document: DiscoveryDocument; jwks: ReturnType<typeof createRemoteJWKSet> }> | null = null;

  constructor(private readonly settings: OidcClientSettings) {
    this.provider = settings.provider;
    this.issuer = settings.issuer.replace(/\/+$/, '');
  }

  async authorizationUrl(request: AuthorizationRequest): Promise<string> {
    const { document } = await this.discover();
    const url = new URL(document.authorization_endpoint);
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('client_id', this.settings.clientId);
    url.searchParams.set('redirect_uri', this.settings.redirectUri);
    url.searchParams.set('scope', this.settings.scope);
    url.searchParams.set('state', request.state);
    url.searchParams.set('nonce', request.nonce);
    url.searchParams.set('code_challenge', request.codeChallenge);
    url.searchParams.set('code_challenge_method', 'S256');
    if (this.settings.responseMode) url.searchParams.set('response_mode', this.settings.responseMode);
    return url.toString();
  }

  async redeem(code: string, codeVerifier: string, nonce: string): Promise<VerifiedIdentity> {
    const { document, jwks } = await this.discover();
    const idToken = await this.exchange(document.token_endpoint, code, codeVerifier);
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(idToken, jwks, {
        algorithms: ID_TOKEN_ALGORITHMS,
        issuer: this.issuer,
        audience: this.settings.clientId,
        requiredClaims: ['sub', 'exp', 'iat', 'nonce'],
      }));
    } catch (err) {
      if (err instanceof errors.JWKSTimeout || !(err instanceof errors.JOSEError)) {
        throw new OidcFailure('provider-error', `the provider's JWKS could not be fetched: ${messageOf(err)}`);
      }
      throw new OidcFailure('id-token-invalid', `the ID token was refused: ${err.message}`);
    }
    if (payload.nonce !== nonce) throw new OidcFailure('id-token-invalid', 'the ID token carries another nonce');
    if (typeof payload.sub !== 'string' || payload.sub === '') throw new OidcFailure('id-token-invalid', 'the ID token has no subject');
    const email = typeof payload.email === 'string' && payload.email.includes('@') ? payload.email.trim().toLowerCase() : null;
    return {
      provider: this.provider,
      subject: payload.sub,
      email,
      // Apple sends "true"/"false" as strings.
      emailVerified: payload.email_verified === true || payload.email_verified === 'true',
      name: typeof payload.name === 'string' ? payload.name : null,
    };
  }

  private async exchange(tokenEndpoint: string, code: string, codeVerifier: string): Promise<string> {
    const body = new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: this.settings.redirectUri,
      client_id: this.settings.clientId,
      client_secret: await this.clientSecret(),
      code_verifier: codeVerifier,
    });
    let response: Response;
    try {
      response = await fetch(tokenEndpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (err) {
      throw new OidcFailure('provider-error', `the token endpoint could not be reached: ${messageOf(err)}`);
    }
    const answer = (await response.json().catch(() => null)) as { id_token?: unknown; error?: unknown } | null;
    // RFC 6749 5.2: a refused grant (bad, used or expired code, wrong verifier or redirect URI) is a 400.
    if (response.status === 400 && typeof answer?.error === 'string') {
      throw new OidcFailure('code-rejected', `the provider refused the code: ${answer.error}`);
    }
    if (!response.ok) throw new OidcFailure('provider-error', `the token endpoint answered ${response.status}`);
    if (typeof answer?.id_token !== 'string') throw new OidcFailure('provider-error', 'the token endpoint sent no id_token');
    return answer.id_token;
  }

  private async clientSecret(): Promise<string> {
    const auth = this.settings.authentication;
    if (auth.kind === 'client-secret') return auth.secret;
    const key = await importPKCS8(auth.privateKeyPem.replace(/\\n/g, '\n'), 'ES256');
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({})
      .setProtectedHeader({ alg: 'ES256', kid: auth.keyId })
      .setIssuer(auth.teamId)
      .setSubject(this.settings.clientId)
      .setAudience(this.issuer)
      .setIssuedAt(now)
      .setExpirationTime(now + CLIENT_SECRET_TTL_SECONDS)
      .sign(key);
  }

  /** Cached once it works; a failure is not cached, so the next sign-in tries again. */
  private discover() {
    this.discovery ??= this.fetchDiscovery().catch((err: unknown) => {
      this.discovery = null;
      throw err;
    });
    return this.discovery;
  }

  private async fetchDiscovery() {
    const location = `${this.issuer}/.well-known/openid-configuration`;
    let document: Partial<DiscoveryDocument> | null;
    try {
      const response = await fetch(location, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(this.timeoutMs) });
      if (!response.ok) throw new Error(`status ${response.status}`);
      document = (await response.json()) as Partial<DiscoveryDocument> | null;
    } catch (err) {
      throw new OidcFailure('provider-error', `discovery at ${location} failed: ${messageOf(err)}`);
    }
    const endpoints = [document?.authorization_endpoint, document?.token_endpoint, document?.jwks_uri];
    if (!endpoints.every((e) => typeof e === 'string' && URL.canParse(e))) {
      throw new OidcFailure('provider-error', `discovery at ${location} lacks an endpoint`);
    }
    // OIDC Discovery 4.3: the document's issuer must be the one asked for, or tokens could come from elsewhere.
    if (document!.issuer?.replace(/\/+$/, '') !== this.issuer) {
      throw new OidcFailure('provider-error', `discovery at ${location} names another issuer (${String(document!.issuer)})`);
    }
    const valid = document as DiscoveryDocument;
    return { document: valid, jwks: createRemoteJWKSet(new URL(valid.jwks_uri), { timeoutDuration: this.timeoutMs }) };
  }

  private get timeoutMs(): number {
    return this.settings.timeoutMs ?? 3000;
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
