import { Injectable } from '@nestjs/common';

/**
 * In-process signal "this provider refund is ready to send" (raised after its transaction
 * commits). The dispatcher listens; its sweep covers a signal lost to a restart.
 */
@Injectable()
export class RefundWakeups {
  private readonly listeners: Array<(refundId: string) => void> = [];

  listen(listener: (refundId: string) => void): void {
    this.listeners.push(listener);
  }

  wake(refundId: string): void {
    for (const listener of this.listeners) listener(refundId);
  }
}
