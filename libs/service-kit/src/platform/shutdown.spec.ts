import { ShutdownLog, runShutdownSequence } from './shutdown';

function recordingLog(): ShutdownLog & { errors: Array<{ o: object; m: string }> } {
  const errors: Array<{ o: object; m: string }> = [];
  return { errors, info: () => undefined, error: (o, m) => errors.push({ o, m }) };
}
const never = () => new Promise<never>(() => undefined);

describe('runShutdownSequence', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs every step in order and exits 0 when all finish', async () => {
    const ran: string[] = [];
    const log = recordingLog();
    const outcome = await runShutdownSequence(
      ['http', 'relay', 'database'].map((name) => ({ name, run: async () => void ran.push(name) })),
      { deadlineMs: 15_000, stepTimeoutMs: 5000, log },
    );
    expect(ran).toEqual(['http', 'relay', 'database']);
    expect(outcome).toEqual({ exitCode: 0, failed: [] });
    expect(log.errors).toEqual([]);
  });

  it('abandons a step that hangs after its own limit, still runs the rest, and exits 1 saying which', async () => {
    const ran: string[] = [];
    const log = recordingLog();
    const pending = runShutdownSequence(
      [
        { name: 'transport', run: never },
        { name: 'database', run: () => void ran.push('database') },
      ],
      { deadlineMs: 15_000, stepTimeoutMs: 5000, log },
    );
    await jest.advanceTimersByTimeAsync(5000);
    await expect(pending).resolves.toEqual({ exitCode: 1, failed: ['transport'] });
    expect(ran).toEqual(['database']);
    expect(log.errors.map((e) => e.m)).toEqual(['shutdown step did not finish in time; abandoned', 'shutdown incomplete; exiting with status 1']);
  });

  it('keeps the whole sequence within the overall deadline, skipping what is left', async () => {
    const ran: string[] = [];
    const log = recordingLog();
    const pending = runShutdownSequence(
      [
        { name: 'transport', run: never },
        { name: 'relay', run: never },
        { name: 'tracing', run: () => void ran.push('tracing') },
      ],
      { deadlineMs: 8000, stepTimeoutMs: 5000, log },
    );
    await jest.advanceTimersByTimeAsync(8000);
    await expect(pending).resolves.toEqual({ exitCode: 1, failed: ['transport', 'relay', 'tracing'] });
    expect(ran).toEqual([]);
  });

  it('reports a step that fails and carries on', async () => {
    const log = recordingLog();
    const outcome = await runShutdownSequence(
      [
        { name: 'broker', run: () => Promise.reject(new Error('channel closed')) },
        { name: 'tracing', run: () => undefined },
      ],
      { deadlineMs: 15_000, stepTimeoutMs: 5000, log },
    );
    expect(outcome).toEqual({ exitCode: 1, failed: ['broker'] });
    expect(log.errors[0]).toEqual({ o: { step: 'broker', err: 'channel closed' }, m: 'shutdown step failed' });
  });
});
