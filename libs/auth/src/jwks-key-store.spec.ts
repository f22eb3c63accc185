import { PlatterError } from '@platter/contracts';
import { JwksKeyStore } from './jwks-key-store';
import { TestSigningKey, keySet, makeSigningKey } from '@platter/testing';

describe('JwksKeyStore', () => {
  let key: TestSigningKey;
  const header = () => ({ alg: 'ES256', kid: key.kid });
  const input = { payload: '', signature: '' };

  beforeAll(async () => {
    key = await makeSigningKey('key-1');
  });

  it('refreshes an old key set in the background and keeps serving the cached one', async () => {
    let clock = 0;
    let release!: () => void;
    const fetchJwks = jest
      .fn()
      .mockResolvedValueOnce(keySet(key))
      .mockImplementationOnce(() => new Promise((resolve) => (release = () => resolve(keySet(key)))));
    const store = new JwksKeyStore(fetchJwks, { refreshSeconds: 300, now: () => clock });
    await store.getKey(header(), input);
    clock += 301_000;
    await expect(store.getKey(header(), input)).resolves.toBeDefined(); // does not wait for the refresh
    expect(fetchJwks).toHaveBeenCalledTimes(2);
    release();
  });

  it('keeps the stale key set while the source is down, and retries no more than once per cooldown', async () => {
    let clock = 0;
    const down = new PlatterError('SERVICE_UNAVAILABLE', 'No identity service is running');
    const fetchJwks = jest.fn().mockResolvedValueOnce(keySet(key)).mockRejectedValue(down);
    const onRefreshError = jest.fn();
    const store = new JwksKeyStore(fetchJwks, { refreshSeconds: 60, now: () => clock, onRefreshError });
    await store.getKey(header(), input);
    clock += 61_000;
    await store.getKey(header(), input);
    await new Promise((r) => setImmediate(r));
    await store.getKey(header(), input);
    expect(fetchJwks).toHaveBeenCalledTimes(2);
    expect(onRefreshError).toHaveBeenCalledWith(down);
  });

  it('fails fast, without refetching, while the first fetch keeps failing', async () => {
    let clock = 0;
    const down = new PlatterError('SERVICE_UNAVAILABLE', 'No identity service is running');
    const fetchJwks = jest.fn().mockRejectedValue(down);
    const store = new JwksKeyStore(fetchJwks, { now: () => clock });
    await expect(store.getKey(header(), input)).rejects.toBe(down);
    await expect(store.getKey(header(), input)).rejects.toBe(down);
    expect(fetchJwks).toHaveBeenCalledTimes(1);
    clock += 10_000;
    fetchJwks.mockResolvedValueOnce(keySet(key));
    await expect(store.getKey(header(), input)).resolves.toBeDefined();
  });
});
