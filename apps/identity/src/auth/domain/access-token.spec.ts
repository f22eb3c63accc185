import { SignJWT, exportPKCS8, generateKeyPair } from 'jose';
import { AccessTokenClaims, JWT_ISSUER, PublicSigningJwk } from '@platter/contracts';
import { generateSigningKey, signingKeyFromPem } from '../../signing-keys/signing-key';
import { AccessTokenVerifier, JwksKeyStore } from '@platter/auth';
import { signAccessToken } from './access-token';

const claims: AccessTokenClaims = {
  sub: '6f1c2f55-6a43-4a39-9df7-3f7b4f2a1b11',
  role: 'customer',
  email: 'ada@example.com',
  sid: '0b3f3f43-7a9e-4e69-8a8e-0c4d9c2d6e22',
};

/** The gateway's verifier, given these public keys: identity's tokens are checked the way they are used. */
const verifierFor = (...keys: PublicSigningJwk[]) => new AccessTokenVerifier(new JwksKeyStore(async () => ({ keys })));
const actor = { user_id: claims.sub, role: claims.role, email: claims.email, sid: claims.sid };
const refused = { code: 'INVALID_TOKEN' };

describe('access tokens', () => {
  it('round-trips through the published JWKS', async () => {
    const { key } = await generateSigningKey();
    const token = await signAccessToken(key, claims, 3600);
    await expect(verifierFor(key.publicJwk).verify(token)).resolves.toEqual(actor);
  });

  it('carries kid, ES256, issuer, audience and exp = iat + ttl', async () => {
    const { key } = await generateSigningKey();
    const now = new Date('2025-01-01T00:00:00Z');
    const token = await signAccessToken(key, claims, 900, now);
    const [header, payload] = token.split('.').slice(0, 2).map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()));
    expect(header).toEqual({ alg: 'ES256', kid: key.kid, typ: 'JWT' });
    expect(payload).toMatchObject({ ...claims, iss: 'platter-identity', aud: 'platter', iat: now.getTime() / 1000, exp: now.getTime() / 1000 + 900 });
    expect(key.publicJwk).toEqual({ kty: 'EC', crv: 'P-256', x: expect.any(String), y: expect.any(String), kid: key.kid, alg: 'ES256', use: 'sig' });
    expect(key.publicJwk).not.toHaveProperty('d');
  });

  it('rejects an expired token', async () => {
    const { key } = await generateSigningKey();
    const token = await signAccessToken(key, claims, 60, new Date(Date.now() - 61_000));
    await expect(verifierFor(key.publicJwk).verify(token)).rejects.toMatchObject({ ...refused, message: 'Access token has expired' });
  });

  it('rejects a token meant for another audience', async () => {
    const { key } = await generateSigningKey();
    const token = await new SignJWT({ role: 'customer', email: claims.email, sid: claims.sid })
      .setProtectedHeader({ alg: 'ES256', kid: key.kid })
      .setSubject(claims.sub)
      .setIssuer(JWT_ISSUER)
      .setAudience('someone-else')
      .setExpirationTime('1h')
      .sign(key.privateKey);
    await expect(verifierFor(key.publicJwk).verify(token)).rejects.toMatchObject(refused);
  });

  it('rejects a token signed by a key outside the JWKS, even with a known kid', async () => {
    const { key } = await generateSigningKey();
    const { privateKey: foreign } = await generateKeyPair('ES256');
    const forged = await signAccessToken({ ...key, privateKey: foreign }, claims, 3600);
    await expect(verifierFor(key.publicJwk).verify(forged)).rejects.toMatchObject(refused);
  });

  it('rejects a tampered payload', async () => {
    const { key } = await generateSigningKey();
    const [header, , signature] = (await signAccessToken(key, claims, 3600)).split('.');
    const admin = Buffer.from(JSON.stringify({ ...claims, role: 'admin', iss: JWT_ISSUER, aud: 'platter', exp: 4102444800 })).toString('base64url');
    await expect(verifierFor(key.publicJwk).verify(`${header}.${admin}.${signature}`)).rejects.toMatchObject(refused);
  });

  it('loads the same key, with a stable kid, from a PKCS8 PEM (also with escaped newlines)', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const pem = await exportPKCS8(privateKey);
    const fromPem = await signingKeyFromPem(pem);
    const fromEnv = await signingKeyFromPem(pem.replace(/\n/g, '\\n'));
    expect(fromEnv.kid).toBe(fromPem.kid);
    const token = await signAccessToken(fromEnv, claims, 3600);
    await expect(verifierFor(fromPem.publicJwk).verify(token)).resolves.toEqual(actor);
  });
});
