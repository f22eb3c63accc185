import { generateKeyPairSync } from 'node:crypto';
import { DataSource } from 'typeorm';
import { decodeProtectedHeader } from 'jose';
import { AccessTokenVerifier, JwksKeyStore } from '@platter/auth';
import { TransactionHost } from '@platter/persistence';
import { ThrowawaySchema, createThrowawaySchema, rejection } from '@platter/testing';
import { IdentityConfig } from '../identity.config';
import { identityEntities } from '../identity.module';
import { identityMigrations } from '../migrations';
import { IdentityServices, identityServices } from '../testing/identity-services';
import { SigningKeyMaintenance } from './signing-key-maintenance';
import { SigningKeyRepository } from './signing-key.repository';
import { SigningKeys } from './signing-keys.service';

/** A throwaway P-256 key in PKCS8 PEM, as an operator would configure it. */
const pemKey = () => generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

const kidOf = (token: string) => decodeProtectedHeader(token).kid;

// Real PostgreSQL: key states, the JWKS they make, and replicas rotating at once.
describe('signing key rotation against PostgreSQL', () => {
  let db: ThrowawaySchema;
  let dataSource: DataSource;
  let tx: TransactionHost;
  let config: IdentityConfig;
  let services: IdentityServices;
  let keys: SigningKeys;
  /** Access-token lifetime plus the clock-skew margin, in ms. */
  let windowMs: number;

  const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => dataSource.query(sql, params);
  const states = () => query<{ kid: string; state: string; has_private: boolean }>(`SELECT kid, state, private_jwk IS NOT NULL AS has_private FROM signing_keys ORDER BY activated_at`);
  const publishedKids = async (now?: Date) => (await keys.publicKeys(now)).map((k) => k.kid).sort();
  const after = (base: Date, ms: number) => new Date(base.getTime() + ms);

  beforeAll(async () => {
    db = await createThrowawaySchema('identity', { entities: identityEntities, migrations: identityMigrations });
    ({ dataSource, tx } = db);
    config = Object.assign(new IdentityConfig(), { ACCESS_TOKEN_TTL_SECONDS: 900, SIGNING_KEY_ROTATION_DAYS: 30 });
    services = await identityServices(db, config);
    keys = services.keys;
    windowMs = (900 + keys.rotationPolicy.clockSkewSeconds) * 1000;
  });

  afterAll(async () => {
    await db?.drop();
  });

  beforeEach(async () => {
    await query(`DELETE FROM signing_keys`);
  });

  it('rotates without logging anyone out: old tokens verify, new ones carry the new kid, refresh tokens survive', async () => {
    const before = await services.register.register({ email: `ada-${Date.now()}@example.cm`, password: 'rotation is routine', name: 'Ada' });
    const oldKid = kidOf(before.tokens.access_token);

    const rotated = await keys.rotate();
    expect(rotated.previous_kid).toBe(oldKid);
    expect(rotated.kid).not.toBe(oldKid);
    expect(rotated.previous_published_until!.getTime()).toBe(rotated.activated_at.getTime() + windowMs);
    expect(await states()).toEqual([
      { kid: oldKid, state: 'previous', has_private: true },
      { kid: rotated.kid, state: 'current', has_private: true },
    ]);

    const jwks = { keys: await keys.publicKeys() };
    expect(jwks.keys.map((k) => k.kid).sort()).toEqual([oldKid, rotated.kid].sort());
    // Checked as the gateway checks them, against the published set.
    const verifier = new AccessTokenVerifier(new JwksKeyStore(async () => jwks));
    await expect(verifier.verify(before.tokens.access_token)).resolves.toMatchObject({ user_id: before.user.id });

    const refreshed = await services.refresh.refresh({ refresh_token: before.tokens.refresh_token });
    expect(kidOf(refreshed.tokens.access_token)).toBe(rotated.kid);
    await expect(verifier.verify(refreshed.tokens.access_token)).resolves.toMatchObject({ user_id: before.user.id });
  });

  it('retires a previous key once every token it signed has expired, and drops its private half', async () => {
    const first = await keys.ensureCurrent();
    const rotated = await keys.rotate();
    const supersededAt = rotated.activated_at;

    expect(await keys.retireExpired(after(supersededAt, windowMs - 1))).toEqual([]);
    expect(await publishedKids(after(supersededAt, windowMs - 1))).toEqual([first.kid, rotated.kid].sort());
    // Unpublished at the end of the window even before the sweep marks it.
    expect(await publishedKids(after(supersededAt, windowMs))).toEqual([rotated.kid]);

    expect(await keys.retireExpired(after(supersededAt, windowMs))).toEqual([first.kid]);
    expect(await states()).toEqual([
      { kid: first.kid, state: 'retired', has_private: false },
      { kid: rotated.kid, state: 'current', has_private: true },
    ]);
    expect(await publishedKids(after(supersededAt, windowMs))).toEqual([rotated.kid]);
  });

  it('makes one new key when two replicas find the key due at once, and none when it is not due', async () => {
    const first = await keys.ensureCurrent();
    const replicaA = new SigningKeys(tx, new SigningKeyRepository(tx), config);
    const replicaB = new SigningKeys(tx, new SigningKeyRepository(tx), config);

    expect(await replicaA.rotateIfDue(after(first.activated_at, 29 * 86_400_000))).toBeNull();
    const due = after(first.activated_at, 30 * 86_400_000);
    const results = await Promise.all([replicaA.rotateIfDue(due), replicaB.rotateIfDue(due)]);

    expect(results.filter((r) => r !== null)).toHaveLength(1);
    const rows = await states();
    expect(rows.map((r) => r.state)).toEqual(['previous', 'current']);
    // The other replica signs with the new key at once: the current kid is read at each use.
    expect((await replicaB.current()).kid).toBe(rows[1].kid);
    expect((await replicaA.current()).kid).toBe(rows[1].kid);
  });

  it('never has two current keys: concurrent admin rotations run one after the other', async () => {
    await keys.ensureCurrent();
    await Promise.all([new SigningKeys(tx, new SigningKeyRepository(tx), config).rotate(), new SigningKeys(tx, new SigningKeyRepository(tx), config).rotate()]);
    const rows = await states();
    expect(rows.map((r) => r.state)).toEqual(['previous', 'previous', 'current']);
    await expect(query(`INSERT INTO signing_keys (kid, private_jwk, public_jwk, state, activated_at) SELECT 'x', private_jwk, public_jwk, 'current', now() FROM signing_keys WHERE state = 'current'`)).rejects.toThrow(
      /signing_keys_one_current/,
    );
  });

  it('rotates by age from the maintenance check, and audits it', async () => {
    const first = await keys.ensureCurrent();
    const maintenance = services.get(SigningKeyMaintenance);
    await maintenance.check(after(first.activated_at, 31 * 86_400_000));
    const rows = await states();
    expect(rows.map((r) => r.state)).toEqual(['previous', 'current']);
    expect(await query(`SELECT actor_id, target, detail FROM audit_log WHERE action = 'signing-key.rotated' AND target = $1`, [rows[1].kid])).toEqual([
      { actor_id: null, target: rows[1].kid, detail: `by age, replaced ${first.kid}` },
    ]);
  });

  it('refuses to rotate a key configured in JWT_PRIVATE_KEY_PEM, and never rotates it by age', async () => {
    const fromEnv = new SigningKeys(tx, new SigningKeyRepository(tx), Object.assign(new IdentityConfig(), { JWT_PRIVATE_KEY_PEM: pemKey() }));
    const err = await rejection(fromEnv.rotate());
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/JWT_PRIVATE_KEY_PEM/);
    expect(await fromEnv.rotateIfDue(new Date(Date.now() + 365 * 86_400_000))).toBeNull();
    const pemKid = (await fromEnv.current()).kid;
    expect((await fromEnv.publicKeys()).map((k) => k.kid)).toContain(pemKid);
    expect(await states()).toEqual([]);
  });
});
