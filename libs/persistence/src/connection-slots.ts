/**
 * A counting semaphore with a FIFO queue: at most `size` holders at once. TransactionHost uses
 * one per kind of work so that one kind cannot take every pool connection.
 */
export class ConnectionSlots {
  private held = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`ConnectionSlots needs a size of at least 1 (got ${size})`);
  }

  get inUse(): number {
    return this.held;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /**
   * Resolves with a release function once a slot is free. With `timeoutMs`, rejects with
   * `onTimeout()` if none frees up in time (the caller is not left queued).
   */
  acquire(timeoutMs?: number, onTimeout: () => Error = () => new Error('no free slot')): Promise<() => void> {
    if (this.held < this.size) {
      this.held++;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const grant = () => {
        if (timer) clearTimeout(timer);
        this.held++;
        resolve(this.releaser());
      };
      this.waiting.push(grant);
      if (timeoutMs && timeoutMs > 0) {
        timer = setTimeout(() => {
          const at = this.waiting.indexOf(grant);
          if (at >= 0) this.waiting.splice(at, 1);
          reject(onTimeout());
        }, timeoutMs);
        timer.unref?.();
      }
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.held--;
      this.waiting.shift()?.();
    };
  }
}
