import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DispatchConfig } from '../dispatch.config';
import { OfferEngine } from './offer-engine';

/**
 * Every OFFER_SWEEP_INTERVAL_MS: expired offers move on to the next driver, and deliveries waiting
 * for their moment (a round's pause, the pool's recheck, an early offer) are offered. Rows are
 * taken FOR NO KEY UPDATE SKIP LOCKED, so several dispatch replicas sweep side by side without acting
 * twice on one delivery. One sweep at a time per process.
 */
@Injectable()
export class OfferSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(OfferSweeper.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly offers: OfferEngine,
    private readonly config: DispatchConfig,
  ) {}

  onApplicationBootstrap(): void {
    const interval = this.config.OFFER_SWEEP_INTERVAL_MS;
    if (!interval) return;
    this.timer = setInterval(() => void this.tick(), interval);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One sweep (also what tests call); a sweep already running is not doubled. */
  async tick(): Promise<{ expired: number; offered: number }> {
    if (this.running) {
      await this.running;
      return { expired: 0, offered: 0 };
    }
    let result = { expired: 0, offered: 0 };
    this.running = (async () => {
      try {
        const expired = await this.offers.expireDue();
        const offered = await this.offers.offerWaiting();
        result = { expired, offered };
      } catch (err) {
        this.log.warn(`offer sweep failed: ${(err as Error).message}`);
      }
    })();
    try {
      await this.running;
    } finally {
      this.running = null;
    }
    return result;
  }
}
