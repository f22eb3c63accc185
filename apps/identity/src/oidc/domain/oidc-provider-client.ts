import { OidcProviderName } from '@platter/contracts';

/** What the identity service learns from a verified ID token. */
export interface VerifiedIdentity {
  provider: OidcProviderName;
  /** `sub`: stable per provider and client, unlike the email. */
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

export interface AuthorizationRequest {
  state: string;
  nonce: string;
  codeChallenge: string;
}

/** Port: one OpenID Connect provider as seen by a confidential client using PKCE. */
export interface OidcProviderClient {
  readonly provider: OidcProviderName;
  /** Where to send the user agent to authenticate and consent. */
  authorizationUrl(request: AuthorizationRequest): Promise<string>;
  /** Trades the code (with the PKCE verifier) for an ID token and verifies it, nonce included. */
  redeem(code: string, codeVerifier: string, nonce: string): Promise<VerifiedIdentity>;
}

/** Why a provider exchange failed; the service turns each into its error code. */
export class OidcFailure extends Error {
  constructor(
    readonly kind: 'code-rejected' | 'id-token-invalid' | 'provider-error',
    message: string,
  ) {
    super(message);
  }
}
