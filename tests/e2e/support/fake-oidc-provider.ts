// The local OpenID Connect provider lives in @platter/testing so medium tests can use it too.
export { FakeOidcProvider, generateAppleTeamKey } from '@platter/testing';
export type { FakeClientAuthentication, FakeOidcProviderOptions, FakeProviderUser, FormPost, Misbehaviour } from '@platter/testing';
