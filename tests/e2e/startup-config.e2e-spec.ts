import { spawnSync } from 'node:child_process';
import path from 'node:path';

// Config comes from the environment and is checked before anything starts.
const ROOT = path.resolve(__dirname, '../..');

describe('start-up configuration', () => {
  it('stops a service with a message naming every bad variable, without leaking secrets', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/apps/kitchen/src/main.js')], {
      env: { PATH: process.env.PATH, PORT: 'eighty', DATABASE_URL: 'mysql://kitchen:s3cret-pass@db/kitchen', RETRY_DELAYS_MS: '100,-5', LOG_LEVEL: 'loud' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Configuration is invalid');
    for (const variable of ['PORT', 'DATABASE_URL', 'RETRY_DELAYS_MS', 'LOG_LEVEL']) expect(r.stderr).toContain(variable);
    expect(r.stderr).not.toContain('s3cret-pass');
  });

  it('refuses to start without a database URL', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/apps/ordering/src/main.js')], { env: { PATH: process.env.PATH }, encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('DATABASE_URL');
  });
});
