// Restart policy of a supervised process: the first restart after 1 s, doubling on every crash
// that follows up to 30 s, back to 1 s once the process had stayed up a minute (a crash loop backs
// off; a process that crashes once a day restarts at once). The shape Kubernetes uses for pods.
class RestartBackoff {
  constructor({ initialMs = 1000, maxMs = 30_000, resetAfterUpMs = 60_000 } = {}) {
    this.initialMs = initialMs;
    this.maxMs = maxMs;
    this.resetAfterUpMs = resetAfterUpMs;
    this.streak = 0;
    this.restarts = 0;
    /** Every delay chosen so far, in order (what a test asserts, rather than how long a restart took). */
    this.delaysMs = [];
  }

  /** The delay before restarting a process that crashed after `uptimeMs` up; counts the restart. */
  next(uptimeMs) {
    if (uptimeMs >= this.resetAfterUpMs) this.streak = 0;
    const delayMs = Math.min(this.maxMs, this.initialMs * 2 ** this.streak);
    this.streak++;
    this.restarts++;
    this.delaysMs.push(delayMs);
    return delayMs;
  }
}

function describeExit(code, signal) {
  return signal ? `signal ${signal}` : `exit code ${code}`;
}

module.exports = { RestartBackoff, describeExit };
