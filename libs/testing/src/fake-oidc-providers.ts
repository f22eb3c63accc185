import { FakeOidcProvider, generateAppleTeamKey } from './fake-oidc-provider';

/** Google's and Apple's fakes for a fleet, and identity's settings pointing at them. */
export interface FakeOidcProviders {
  google: FakeOidcProvider;
  apple: FakeOidcProvider;
  /** The callback URLs identity is configured with (the gateway's /auth/<provider>/callback). */
  googleRedirect: string;
  appleRedirect: string;
  /** What the relying party authenticates as at each provider's /token. */
  googleClientId: string;
  appleClientId: string;
  /** Identity's Google and Apple sign-in settings (a fleet's `serviceEnv.identity`). */
  identityEnv: Record<string, string>;
}

/**
 * Google and Apple sign-in against local fake providers for one describe block (call it inside
 * the describe): started before its tests and stopped after, on fixed ports (the gateway's + 90
 * and + 91, free in a test fleet's range) so identity's settings are known before the fleet starts.
 */
export function useFakeOidcProviders({ gatewayPort }: { gatewayPort: number }): FakeOidcProviders {
  const googleRedirect = `http://127.0.0.1:${gatewayPort}/api/v1/auth/google/callback`;
  const appleRedirect = `http://127.0.0.1:${gatewayPort}/api/v1/auth/apple/callback`;
  const google = { port: gatewayPort + 90, clientId: 'platter-google-client', secret: 'platter-google-secret' };
  const apple = { port: gatewayPort + 91, clientId: 'cm.platter.signin', teamId: 'PLATTER123', keyId: 'APPLEKEY01', teamKey: generateAppleTeamKey() };
  const providers: FakeOidcProviders = {
    google: new FakeOidcProvider({
      port: google.port,
      flavor: 'google',
      clientId: google.clientId,
      redirectUri: googleRedirect,
      authentication: { kind: 'client-secret', secret: google.secret },
    }),
    apple: new FakeOidcProvider({
      port: apple.port,
      flavor: 'apple',
      clientId: apple.clientId,
      redirectUri: appleRedirect,
      authentication: { kind: 'apple-team-key', teamId: apple.teamId, keyId: apple.keyId, publicKeyPem: apple.teamKey.publicKeyPem },
    }),
    googleRedirect,
    appleRedirect,
    googleClientId: google.clientId,
    appleClientId: apple.clientId,
    identityEnv: {
      GOOGLE_OIDC_ISSUER: `http://127.0.0.1:${google.port}`,
      GOOGLE_CLIENT_ID: google.clientId,
      GOOGLE_CLIENT_SECRET: google.secret,
      GOOGLE_REDIRECT_URI: googleRedirect,
      APPLE_OIDC_ISSUER: `http://127.0.0.1:${apple.port}`,
      APPLE_CLIENT_ID: apple.clientId,
      APPLE_TEAM_ID: apple.teamId,
      APPLE_KEY_ID: apple.keyId,
      APPLE_PRIVATE_KEY_PEM: apple.teamKey.privateKeyPem,
      APPLE_REDIRECT_URI: appleRedirect,
    },
  };
  beforeAll(async () => {
    await providers.google.start();
    await providers.apple.start();
  });
  afterAll(async () => {
    await providers.google.stop();
    await providers.apple.stop();
  });
  return providers;
}
