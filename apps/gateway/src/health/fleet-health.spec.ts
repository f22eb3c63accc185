import { checkFleet } from './fleet-health';

describe('checkFleet', () => {
  const services = [
    { name: 'identity', url: 'http://identity' },
    { name: 'catalog', url: 'http://catalog' },
  ];

  it('is healthy when every service is ready', async () => {
    const fetchFn = jest.fn(async () => ({ ok: true }));
    const health = await checkFleet(services, { timeoutMs: 1000, version: '1.2.3', fetchFn });
    expect(fetchFn).toHaveBeenCalledWith('http://identity/health/ready', expect.anything());
    expect(health).toMatchObject({ status: 'healthy', version: '1.2.3', services: { identity: { status: 'up' }, catalog: { status: 'up' } } });
    expect(health.services.identity.responseTime).toMatch(/^\d+ms$/);
  });

  it('is degraded when a service is not ready, unreachable or too slow', async () => {
    const fetchFn = jest.fn(async (url: string, init: { signal: AbortSignal }) => {
      if (url.startsWith('http://identity')) return { ok: false };
      return new Promise<{ ok: boolean }>((_, reject) => init.signal.addEventListener('abort', () => reject(init.signal.reason)));
    });
    const health = await checkFleet(services, { timeoutMs: 20, version: '1', fetchFn });
    expect(health.status).toBe('degraded');
    expect(health.services).toMatchObject({ identity: { status: 'down' }, catalog: { status: 'down' } });
  });
});
