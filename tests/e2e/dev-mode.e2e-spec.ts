import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { api, counterValue, eventually } from './support/http-client';

// `npm run dev -- <service>`: one service alone, peers answered from contract fixtures, events injected.
// Fixed namespaces, so repeated runs reuse (rather than pile up) their queues.
const ROOT = path.resolve(__dirname, '../..');

function startDev(service: string, port: number, injectPort: number): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn(process.execPath, [path.join(ROOT, 'tools/dev/dev.js'), service], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DEV_INJECT_PORT: String(injectPort), PLATTER_NAMESPACE: `devtest-${service}`, PLATTER_DATABASE: 'platter_dev_test', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  return { child, output: () => output };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

async function waitHealthy(url: string, output: () => string): Promise<void> {
  await eventually(
    () => fetch(url).then((r) => r.status, () => 0),
    (s) => s === 200,
    60_000,
    250,
  ).catch((err) => {
    throw new Error(`${err.message}\n${output().slice(-2000)}`);
  });
}

describe('dev mode: one service with its peers mocked', () => {
  it('runs the gateway against fixture-backed peers, with real tokens minted for identity', async () => {
    const dev = startDev('gateway', 4300, 4399);
    try {
      await waitHealthy('http://127.0.0.1:4300/health/live', dev.output);
      const gw = 'http://127.0.0.1:4300';
      const login = await api(gw, 'POST', '/auth/login', { body: { email: 'customer@platter.local', password: 'whatever-1' } });
      expect(login.status).toBe(200);
      const token = login.body.data.tokens.access_token;
      const me = await api(gw, 'GET', '/users/me', { token });
      expect(me.status).toBe(200);
      expect(me.body.data.email).toBe('customer@platter.local');
      const restaurants = await api(gw, 'GET', '/public/restaurants');
      expect(restaurants.status).toBe(200);
      expect(restaurants.body.data[0].name).toBe('Chez Awa');
      // A pattern without a fixture says so at once instead of timing out.
      const admin = (await api(gw, 'POST', '/auth/login', { body: { email: 'admin@platter.local', password: 'whatever-1' } })).body.data.tokens.access_token;
      const missing = await api(gw, 'POST', '/admin/restaurants/11111111-1111-4111-8111-111111111111/approve', { token: admin });
      expect(missing.status).toBe(404);
      expect(missing.body.error?.message).toContain('no fixture for catalog.restaurants.approve');
    } finally {
      await stop(dev.child);
    }
  });

  it('runs kitchen alone and applies an injected order.created once', async () => {
    const dev = startDev('kitchen', 4308, 4398);
    try {
      await waitHealthy('http://127.0.0.1:4308/health/ready', dev.output);
      const injected = await fetch('http://127.0.0.1:4398/events/order.created', { method: 'POST' });
      expect(injected.status).toBe(202);
      const handled = await eventually(
        () => counterValue('http://127.0.0.1:4308/metrics', 'messages_total', { handler: 'order.created', outcome: 'handled' }),
        (n) => n >= 1,
      );
      expect(handled).toBe(1);
      const bad = await fetch('http://127.0.0.1:4398/events/order.created', { method: 'POST', body: '{"order_id": "nope"}' });
      expect(bad.status).toBe(202);
      const invalid = await eventually(
        () => counterValue('http://127.0.0.1:4308/metrics', 'messages_total', { handler: 'order.created', outcome: 'invalid' }),
        (n) => n >= 1,
      );
      expect(invalid).toBe(1);
    } finally {
      await stop(dev.child);
    }
  });
});
