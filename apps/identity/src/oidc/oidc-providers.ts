import { Injectable } from '@nestjs/common';
import { OidcProviderName } from '@platter/contracts';
import { IdentityConfig } from '../identity.config';
import { OidcProviderClient } from './domain/oidc-provider-client';
import { HttpOidcProviderClient } from './http-oidc-provider-client';

/** The configured providers; one without a complete client configuration is simply absent. */
@Injectable()
export class OidcProviders {
  private readonly clients: Partial<Record<OidcProviderName, OidcProviderClient>>;

  constructor(config: IdentityConfig) {
    this.clients = clientsFrom(config);
  }

  client(provider: OidcProviderName): OidcProviderClient | null {
    return this.clients[provider] ?? null;
  }
}

function clientsFrom(c: IdentityConfig): Partial<Record<OidcProviderName, OidcProviderClient>> {
  const clients: Partial<Record<OidcProviderName, OidcProviderClient>> = {};
  if (c.GOOGLE_CLIENT_ID && c.GOOGLE_CLIENT_SECRET && c.GOOGLE_REDIRECT_URI) {
    clients.google = new HttpOidcProviderClient({
      provider: 'google',
      issuer: c.GOOGLE_OIDC_ISSUER,
      clientId: c.GOOGLE_CLIENT_ID,
      redirectUri: c.GOOGLE_REDIRECT_URI,
      scope: 'openid email profile',
      authentication: { kind: 'client-secret', secret: c.GOOGLE_CLIENT_SECRET },
    });
  }
  if (c.APPLE_CLIENT_ID && c.APPLE_TEAM_ID && c.APPLE_KEY_ID && c.APPLE_PRIVATE_KEY_PEM && c.APPLE_REDIRECT_URI) {
    clients.apple = new HttpOidcProviderClient({
      provider: 'apple',
      issuer: c.APPLE_OIDC_ISSUER,
      clientId: c.APPLE_CLIENT_ID,
      redirectUri: c.APPLE_REDIRECT_URI,
      // Apple's scopes; asking for either makes it answer with response_mode=form_post only.
      scope: 'name email',
      responseMode: 'form_post',
      authentication: { kind: 'apple-team-key', teamId: c.APPLE_TEAM_ID, keyId: c.APPLE_KEY_ID, privateKeyPem: c.APPLE_PRIVATE_KEY_PEM },
    });
  }
  return clients;
}
