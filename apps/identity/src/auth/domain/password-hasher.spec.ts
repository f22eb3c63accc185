import { PasswordHasher } from './password-hasher';

/** `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>` → its parts. */
function parsePhc(hash: string) {
  const [, algorithm, version, params, salt, digest] = hash.split('$');
  return { algorithm, version, params: Object.fromEntries(params.split(',').map((kv) => kv.split('='))), salt, digest };
}

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('hashes with Argon2id at OWASP minimum parameters and a random salt', async () => {
    const a = await hasher.hash('correct horse battery');
    const b = await hasher.hash('correct horse battery');
    const phc = parsePhc(a);
    expect(phc.algorithm).toBe('argon2id');
    expect(phc.version).toBe('v=19');
    expect(phc.params).toEqual({ m: '19456', t: '2', p: '1' });
    expect(phc.salt.length).toBeGreaterThanOrEqual(22); // 16 bytes or more, base64
    expect(a).not.toBe(b);
  });

  it('hashes at the configured cost, and calls hashes of another cost outdated', async () => {
    const stronger = new PasswordHasher({ memoryCost: 32768, timeCost: 3, parallelism: 2 });
    const hash = await stronger.hash('correct horse battery');
    expect(parsePhc(hash).params).toEqual({ m: '32768', t: '3', p: '2' });
    await expect(hasher.verify(hash, 'correct horse battery')).resolves.toBe(true);
    expect(hasher.isOutdated(hash)).toBe(true);
    expect(stronger.isOutdated(hash)).toBe(false);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hasher.hash('correct horse battery');
    await expect(hasher.verify(hash, 'correct horse battery')).resolves.toBe(true);
    await expect(hasher.verify(hash, 'correct horse batterY')).resolves.toBe(false);
  });

  it('refuses instead of throwing on a hash it cannot read', async () => {
    await expect(hasher.verify('not-a-hash', 'whatever1')).resolves.toBe(false);
  });

  it('spends a real verification when there is no account, and fails', async () => {
    await hasher.verifyNothing('warm-up!'); // the dummy hash is made once
    const started = performance.now();
    await expect(hasher.verifyNothing('whatever1')).resolves.toBe(false);
    const dummy = performance.now() - started;
    const hash = await hasher.hash('whatever1');
    const realStarted = performance.now();
    await hasher.verify(hash, 'whatever2');
    const real = performance.now() - realStarted;
    expect(dummy).toBeGreaterThan(real / 3);
  });

  it('flags hashes made with other parameters as outdated', async () => {
    expect(hasher.isOutdated(await hasher.hash('correct horse battery'))).toBe(false);
    const weaker = '$argon2id$v=19$m=4096,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$ZGlnZXN0ZGlnZXN0ZGlnZXN0ZGlnZXN0ZGlnZXN0ZGk';
    expect(hasher.isOutdated(weaker)).toBe(true);
  });
});
