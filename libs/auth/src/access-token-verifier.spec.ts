import { UnsecuredJWT } from 'jose';
import { PlatterError } from '@platter/contracts';
import { AccessTokenVerifier } from './access-token-verifier';
import { AuthException } from './auth.exception';
import { JwksKeyStore } from './jwks-key-store';
import { TestSigningKey, keySet, makeSigningKey, signAccessToken } from '@platter/testing';

describe('AccessTokenVerifier', () => {
  let current: TestSigningKey;
  let fetchJwks: jest.Mock;
  let verifier: AccessTokenVerifier;
  let clock: number;

  beforeAll(async () => {
    current = await makeSigningKey('key-1');
  });

  beforeEach(() => {
    clock = 1_000_000;
    fetchJwks = jest.fn(async () => keySet(current));
    // Waiting out a cooldown moves the fake clock, so no test sleeps for real.
    verifier = new AccessTokenVerifier(
      new JwksKeyStore(fetchJwks, {
        now: () => clock,
        sleep: async (ms) => {
          clock += ms;
        },
      }),
    );
  });

  async function rejection(token: string): Promise<PlatterError> {
    const err = await verifier.verify(token).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PlatterError);
    return err as PlatterError;
  }

  it('accepts a valid token and returns the actor with its session', async () => {
    const actor = await verifier.verify(await signAccessToken(current, { claims: { role: 'admin' } }));
    expect(actor).toEqual({ user_id: '0b6f3c52-7d7b-4a44-9a4e-3f2c3f6d9a01', role: 'admin', email: 'ada@example.com', sid: 'session-1' });
  });

  it('reports when the token was issued in milliseconds: its iat_ms claim, or the start of its iat second', async () => {
    const iat = 1_800_000_000;
    const precise = await signAccessToken(current, { issuedAt: iat, expiresAt: 4_000_000_000, claims: { iat_ms: iat * 1000 + 437 } });
    expect((await verifier.verifyWithExpiry(precise)).issuedAtMs).toBe(iat * 1000 + 437);
    const wholeSecond = await signAccessToken(current, { issuedAt: iat, expiresAt: 4_000_000_000 });
    expect((await verifier.verifyWithExpiry(wholeSecond)).issuedAtMs).toBe(iat * 1000);
    // An iat_ms that disagrees with iat is not believed: the second is used, the earliest moment it allows.
    const inconsistent = await signAccessToken(current, { issuedAt: iat, expiresAt: 4_000_000_000, claims: { iat_ms: (iat + 60) * 1000 } });
    expect((await verifier.verifyWithExpiry(inconsistent)).issuedAtMs).toBe(iat * 1000);
  });

  it('fetches the key set once for many tokens', async () => {
    const token = await signAccessToken(current);
    await Promise.all([verifier.verify(token), verifier.verify(token), verifier.verify(token)]);
    expect(fetchJwks).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['audience', { audience: 'someone-else' }],
    ['issuer', { issuer: 'https://evil.example' }],
  ])('rejects a token for another %s', async (_, overrides) => {
    expect((await rejection(await signAccessToken(current, overrides))).code).toBe('INVALID_TOKEN');
  });

  it('rejects an expired token', async () => {
    const err = await rejection(await signAccessToken(current, { expiresAt: Math.floor(Date.now() / 1000) - 60 }));
    expect(err.code).toBe('INVALID_TOKEN');
    expect(err.message).toMatch(/expired/);
    // Told apart from a bad token: the client refreshes, and it is not a failed authentication.
    expect(err.details).toEqual([{ field: 'authorization', message: 'expired' }]);
    expect((err as AuthException).expired).toBe(true);
    expect(((await rejection(await signAccessToken(current, { audience: 'someone-else' }))) as AuthException).expired).toBe(false);
  });

  it('rejects an unsigned (alg none) token', async () => {
    const unsigned = new UnsecuredJWT({ role: 'admin', sid: 's' }).setSubject('u').setIssuer('platter-identity').setAudience('platter').setExpirationTime('1h').encode();
    expect((await rejection(unsigned)).code).toBe('INVALID_TOKEN');
  });

  it('rejects a token whose role is not one of ours, or that has no session', async () => {
    expect((await rejection(await signAccessToken(current, { claims: { role: 'superuser' } }))).code).toBe('INVALID_TOKEN');
    expect((await rejection(await signAccessToken(current, { claims: { sid: undefined } }))).code).toBe('INVALID_TOKEN');
  });

  it('carries the restaurant the token acts for, and refuses half a restaurant claim', async () => {
    const scoped = await signAccessToken(current, { claims: { role: 'restaurant_staff', restaurant_id: 'rest-1', restaurant_role: 'manager' } });
    await expect(verifier.verify(scoped)).resolves.toMatchObject({ role: 'restaurant_staff', restaurant_id: 'rest-1', restaurant_role: 'manager' });
    expect((await rejection(await signAccessToken(current, { claims: { restaurant_id: 'rest-1' } }))).code).toBe('INVALID_TOKEN');
    expect((await rejection(await signAccessToken(current, { claims: { restaurant_id: 'rest-1', restaurant_role: 'chef' } }))).code).toBe('INVALID_TOKEN');
  });

  it('rejects garbage', async () => {
    expect((await rejection('not.a.jwt')).code).toBe('INVALID_TOKEN');
  });

  it('refetches once on an unknown kid, which is how a rotated key is picked up', async () => {
    await verifier.verify(await signAccessToken(current));
    const rotated = await makeSigningKey('key-2');
    const previous = current;
    current = rotated;
    clock += 11_000;
    await expect(verifier.verify(await signAccessToken(rotated))).resolves.toMatchObject({ sid: 'session-1' });
    expect(fetchJwks).toHaveBeenCalledTimes(2);
    current = previous;
  });

  it('accepts a token of a key rotated in just after the last fetch, by refetching when the cooldown ends', async () => {
    await verifier.verify(await signAccessToken(current));
    const fetchedAt = clock;
    const previous = current;
    current = await makeSigningKey('key-2');
    fetchJwks.mockImplementation(async () => keySet(current, previous));
    await expect(verifier.verify(await signAccessToken(current))).resolves.toMatchObject({ sid: 'session-1' });
    expect(clock).toBe(fetchedAt + 2_000);
    expect(fetchJwks).toHaveBeenCalledTimes(2);
    // The previous key is still published, so its tokens keep passing until they expire.
    await expect(verifier.verify(await signAccessToken(previous))).resolves.toMatchObject({ sid: 'session-1' });
    expect(fetchJwks).toHaveBeenCalledTimes(2);
    current = previous;
  });

  it('fetches at most once per cooldown for unknown kids: a burst of forged ones shares one refetch', async () => {
    await verifier.verify(await signAccessToken(current));
    const forged = await makeSigningKey('forged');
    const tokens = await Promise.all([signAccessToken(forged), signAccessToken(forged), signAccessToken(forged)]);
    const errors = await Promise.all(tokens.map((t) => rejection(t)));
    expect(errors.map((e) => e.code)).toEqual(['INVALID_TOKEN', 'INVALID_TOKEN', 'INVALID_TOKEN']);
    expect(fetchJwks).toHaveBeenCalledTimes(2);
    await rejection(tokens[0]);
    expect(fetchJwks).toHaveBeenCalledTimes(3);
  });

  it('lets an unreachable key source surface as its own error, not as a bad token', async () => {
    fetchJwks.mockRejectedValueOnce(new PlatterError('SERVICE_UNAVAILABLE', 'No identity service is running'));
    expect((await rejection(await signAccessToken(current))).code).toBe('SERVICE_UNAVAILABLE');
  });
});
