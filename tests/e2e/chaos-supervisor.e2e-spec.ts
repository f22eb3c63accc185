import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Fleet } = require('../../tools/fleet/fleet');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { RestartBackoff } = require('../../tools/fleet/supervisor');

/**
 * The fleet's supervisor (`npm start` restarting a crashed service), on small stand-in processes
 * instead of the services: a SIGKILLed or failing child comes back, the delay doubles on repeated
 * crashes up to its cap and starts over after a long enough uptime, every restart is logged with
 * how the process ended, waiting for readiness follows the restarted process; a test fleet
 * (supervisor off) leaves a crashed process down.
 */
describe('the fleet supervisor restarts crashed processes with backoff', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'platter-supervisor-'));
  const idle = path.join(dir, 'idle.js');
  const failing = path.join(dir, 'failing.js');
  const serving = path.join(dir, 'serving.js');
  fs.writeFileSync(idle, 'setInterval(() => {}, 1000);\n');
  fs.writeFileSync(failing, 'setTimeout(() => process.exit(3), 50);\n');
  // Answers every probe (/health/ready included) on its PORT, as a started service would.
  fs.writeFileSync(serving, "require('node:http').createServer((req, res) => res.end('ok')).listen(Number(process.env.PORT), '127.0.0.1');\n");
  const fleets: any[] = [];
  afterAll(async () => {
    await Promise.all(fleets.map((f) => f.stop()));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function supervised(o: Record<string, unknown>) {
    const lines: string[] = [];
    const fleet = new Fleet({ namespace: 'supervisor-spec', logDir: dir, log: (l: string) => lines.push(l), ...o });
    fleets.push(fleet);
    return { fleet, lines };
  }

  const until = async (check: () => boolean, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > deadline) throw new Error('condition not met in time');
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  it('computes 1 s doubling to 30 s, and starts over after a minute up', () => {
    const b = new RestartBackoff();
    expect([0, 0, 0, 0, 0, 0, 0].map(() => b.next(500))).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000]);
    expect(b.next(60_000)).toBe(1000);
    expect(b.next(10)).toBe(2000);
    expect(b.restarts).toBe(9);
  });

  it('restarts a SIGKILLed child, logs exit, restart count and next delay, and backs off on repeated crashes', async () => {
    const { fleet, lines } = supervised({ restartOnCrash: true, scriptOf: () => idle, restartBackoff: { initialMs: 100, maxMs: 400, resetAfterUpMs: 60_000 } });
    fleet.spawn('kitchen');
    const pids: number[] = [fleet.procs.get('kitchen').child.pid];
    for (let i = 0; i < 4; i++) {
      const before = fleet.procs.get('kitchen');
      await expect(fleet.crash('kitchen')).resolves.toEqual({ code: null, signal: 'SIGKILL' });
      await until(() => fleet.procs.get('kitchen') !== before);
      const now = fleet.procs.get('kitchen');
      expect(now.exited).toBe(false);
      pids.push(now.child.pid);
    }
    expect(new Set(pids).size).toBe(5);
    expect(fleet.restartsOf('kitchen')).toBe(4);
    expect(fleet.restartDelaysOf('kitchen')).toEqual([100, 200, 400, 400]);
    const crashes = lines.filter((l) => l.includes('crashed'));
    expect(crashes).toHaveLength(4);
    crashes.forEach((l, i) => {
      expect(l).toContain('kitchen crashed (signal SIGKILL)');
      expect(l).toContain(`restart #${i + 1}`);
    });
    expect(crashes.map((l) => /in ([\d.]+) s/.exec(l)![1])).toEqual(['0.1', '0.2', '0.4', '0.4']);
    expect(lines.filter((l) => l.includes('kitchen restarted'))).toHaveLength(4);
  });

  it('names the exit code of a process that fails by itself, and starts the delay over after a long enough uptime', async () => {
    const { fleet, lines } = supervised({ restartOnCrash: true, scriptOf: () => failing, restartBackoff: { initialMs: 50, maxMs: 10_000, resetAfterUpMs: 60_000 } });
    fleet.spawn('payments');
    await until(() => fleet.restartsOf('payments') >= 3);
    expect(lines[0]).toContain('payments crashed (exit code 3)');
    expect(lines.filter((l) => l.includes('crashed')).slice(0, 3).map((l) => /in ([\d.]+) s/.exec(l)![1])).toEqual(['0.1', '0.1', '0.2']);
    await fleet.stop();

    const long = supervised({ restartOnCrash: true, scriptOf: () => idle, restartBackoff: { initialMs: 100, maxMs: 10_000, resetAfterUpMs: 300 } });
    long.fleet.spawn('kitchen');
    let before = long.fleet.procs.get('kitchen');
    await long.fleet.crash('kitchen');
    await until(() => long.fleet.procs.get('kitchen') !== before);
    before = long.fleet.procs.get('kitchen');
    await long.fleet.crash('kitchen');
    await until(() => long.fleet.procs.get('kitchen') !== before);
    // Up longer than resetAfterUpMs: the next crash restarts after the first delay again.
    await new Promise((r) => setTimeout(r, 400));
    before = long.fleet.procs.get('kitchen');
    await long.fleet.crash('kitchen');
    await until(() => long.fleet.procs.get('kitchen') !== before);
    expect(long.lines.filter((l) => l.includes('crashed')).map((l) => /in ([\d.]+) s/.exec(l)![1])).toEqual(['0.1', '0.2', '0.1']);
  });

  it('waitReady waits through a crash the supervisor restarts, and fails on one nobody restarts', async () => {
    const on = supervised({ restartOnCrash: true, gatewayPort: 12_400, scriptOf: () => serving, restartBackoff: { initialMs: 300 } });
    on.fleet.spawn('kitchen');
    // Killed before it could listen: the wait follows the replacement instead of failing.
    const ready = on.fleet.waitReady('kitchen');
    await on.fleet.crash('kitchen');
    await expect(ready).resolves.toBeUndefined();
    expect([on.fleet.restartsOf('kitchen'), on.fleet.procs.get('kitchen').exited]).toEqual([1, false]);

    const off = supervised({ gatewayPort: 12_500, scriptOf: () => serving });
    off.fleet.spawn('kitchen');
    const notReady = off.fleet.waitReady('kitchen');
    await off.fleet.crash('kitchen');
    await expect(notReady).rejects.toThrow(/kitchen: process exited before/);
  });

  it('leaves a requested stop down, and a test fleet (supervisor off) lets a crash surface', async () => {
    const on = supervised({ restartOnCrash: true, scriptOf: () => idle, restartBackoff: { initialMs: 50 } });
    on.fleet.spawn('kitchen');
    const stopped = on.fleet.procs.get('kitchen');
    await on.fleet.kill('kitchen', 'SIGKILL');
    const off = supervised({ scriptOf: () => idle });
    off.fleet.spawn('kitchen');
    const crashed = off.fleet.procs.get('kitchen');
    await off.fleet.crash('kitchen');
    await new Promise((r) => setTimeout(r, 300));
    expect([on.fleet.procs.get('kitchen'), on.fleet.restartsOf('kitchen'), on.lines]).toEqual([stopped, 0, []]);
    expect([off.fleet.procs.get('kitchen'), off.fleet.procs.get('kitchen').exited, off.lines]).toEqual([crashed, true, []]);
  });
});
