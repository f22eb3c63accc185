/** One step of the shutdown sequence: what it stops, and how. */
export interface ShutdownStep {
  name: string;
  run: () => Promise<unknown> | unknown;
}

export interface ShutdownLog {
  info(o: object, m: string): void;
  error(o: object, m: string): void;
}

export interface ShutdownOutcome {
  /** 0 when every step finished in time; 1 when one failed or the deadline passed. */
  exitCode: 0 | 1;
  failed: string[];
}

/**
 * Runs the steps in order, each within `stepTimeoutMs` and all within `deadlineMs`: a step that
 * hangs (a consumer that never drains, a broker that never answers a close) is abandoned and the
 * next one runs, so the process always exits, and exits non-zero when anything was left undone
 * (the orchestrator then knows the stop was not clean). Never throws.
 */
export async function runShutdownSequence(steps: ShutdownStep[], o: { deadlineMs: number; stepTimeoutMs: number; log: ShutdownLog }): Promise<ShutdownOutcome> {
  const deadline = Date.now() + o.deadlineMs;
  const failed: string[] = [];
  for (const step of steps) {
    const left = deadline - Date.now();
    if (left <= 0) {
      failed.push(step.name);
      o.log.error({ step: step.name, deadline_ms: o.deadlineMs }, 'shutdown deadline passed; step skipped');
      continue;
    }
    const limit = Math.min(o.stepTimeoutMs, left);
    const result = await settleWithin(step.run, limit);
    if (result === 'ok') continue;
    failed.push(step.name);
    if (result === 'timeout') o.log.error({ step: step.name, timeout_ms: limit }, 'shutdown step did not finish in time; abandoned');
    else o.log.error({ step: step.name, err: result.message }, 'shutdown step failed');
  }
  if (failed.length) o.log.error({ failed, deadline_ms: o.deadlineMs }, 'shutdown incomplete; exiting with status 1');
  else o.log.info({}, 'shut down cleanly');
  return { exitCode: failed.length ? 1 : 0, failed };
}

async function settleWithin(run: () => unknown, ms: number): Promise<'ok' | 'timeout' | Error> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  try {
    const work = Promise.resolve()
      .then(run)
      .then(
        () => 'ok' as const,
        (err: unknown) => (err instanceof Error ? err : new Error(String(err))),
      );
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
