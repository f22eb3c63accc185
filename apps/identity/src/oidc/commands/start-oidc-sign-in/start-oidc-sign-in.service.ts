import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { OIDC_PROVIDERS, OidcAuthorizationUrl, OidcProviderName, OidcStartData, ValidationFailedError } from '@platter/contracts';
import { OidcFailure } from '../../domain/oidc-provider-client';
import { PENDING_AUTHORIZATION_TTL_MS, newPendingAuthorization } from '../../domain/pkce';
import { OauthAuthorizationRepository } from '../../oauth-authorization.repository';
import { OidcException } from '../../oidc.exception';
import { OidcProviders } from '../../oidc-providers';

/**
 * Starts a sign-in: stores a pending authorization (state hash, PKCE verifier, nonce, 10 minutes)
 * and answers the provider URL to send the user to.
 */
@Injectable()
export class StartOidcSignInService {
  constructor(
    private readonly authorizations: OauthAuthorizationRepository,
    private readonly providers: OidcProviders,
  ) {}

  async start(data: OidcStartData): Promise<OidcAuthorizationUrl> {
    const provider = providerOf(data);
    const client = this.providers.client(provider);
    if (!client) throw OidcException.notConfigured(provider);
    const pending = newPendingAuthorization();
    let authorizationUrl: string;
    try {
      authorizationUrl = await client.authorizationUrl({ state: pending.state, nonce: pending.nonce, codeChallenge: pending.codeChallenge });
    } catch (err) {
      throw err instanceof OidcFailure ? OidcException.fromFailure(err) : err;
    }
    const now = new Date();
    await this.authorizations.insert({
      id: randomUUID(),
      state_hash: pending.stateHash,
      provider,
      code_verifier: pending.codeVerifier,
      nonce: pending.nonce,
      created_at: now,
      expires_at: new Date(now.getTime() + PENDING_AUTHORIZATION_TTL_MS),
      used_at: null,
    });
    // Abandoned sign-ins: a day after expiry they are no use even to an investigation.
    await this.authorizations.deleteAbandoned();
    return { authorization_url: authorizationUrl };
  }
}

export function providerOf(data: { provider?: unknown } | null | undefined): OidcProviderName {
  const provider = data?.provider;
  if (typeof provider === 'string' && (OIDC_PROVIDERS as readonly string[]).includes(provider)) return provider as OidcProviderName;
  throw new ValidationFailedError([{ field: 'provider', message: `provider must be one of ${OIDC_PROVIDERS.join(', ')}` }]);
}
