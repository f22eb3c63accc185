import { CryptoKey, JWK, calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, importPKCS8 } from 'jose';
import { PublicSigningJwk } from '@platter/contracts';

export const SIGNING_ALG = 'ES256';

/** The key access tokens are signed with; `kid` is the RFC 7638 thumbprint of its public half. */
export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: PublicSigningJwk;
}

/** A new P-256 key pair, with the private JWK to store. */
export async function generateSigningKey(): Promise<{ key: SigningKey; privateJwk: JWK }> {
  const { privateKey } = await generateKeyPair(SIGNING_ALG, { extractable: true });
  const privateJwk = await exportJWK(privateKey);
  return { key: await signingKeyFromJwk(privateJwk), privateJwk };
}

/** From a PKCS8 PEM (env files often carry its newlines as "\n"). */
export async function signingKeyFromPem(pem: string): Promise<SigningKey> {
  const key = await importPKCS8(pem.replace(/\\n/g, '\n'), SIGNING_ALG, { extractable: true });
  return signingKeyFromJwk(await exportJWK(key));
}

export async function signingKeyFromJwk(privateJwk: JWK): Promise<SigningKey> {
  if (privateJwk.kty !== 'EC' || privateJwk.crv !== 'P-256' || !privateJwk.x || !privateJwk.y || !privateJwk.d) {
    throw new Error('the signing key must be an EC P-256 private key');
  }
  const publicPart = { kty: 'EC' as const, crv: 'P-256' as const, x: privateJwk.x, y: privateJwk.y };
  const kid = await calculateJwkThumbprint(publicPart);
  const privateKey = await importJWK({ ...publicPart, d: privateJwk.d }, SIGNING_ALG);
  return { kid, privateKey, publicJwk: { ...publicPart, kid, alg: SIGNING_ALG, use: 'sig' } };
}
