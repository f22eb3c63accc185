import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { TransactionHost } from '@platter/persistence';
import { AuditLog } from '../audit/audit-log';
import { SigningKeys } from './signing-keys.service';

/** How often every replica checks the key's age and retires expired keys: a cheap query, and retirement stays timely. */
export const SIGNING_KEY_CHECK_INTERVAL_MS = 60_000;

/**
 * Rotation by age and retirement, at start-up and then every minute on each replica; SigningKeys
 * serialises them across replicas, so the first replica to notice rotates and the others see it done.
 */
@Injectable()
export class SigningKeyMaintenance implements OnApplicationShutdown {
  private readonly log = new Logger(SigningKeyMaintenance.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly tx: TransactionHost,
    private readonly keys: SigningKeys,
    private readonly audit: AuditLog,
  ) {}

  /** Called once the schema is migrated (not as a lifecycle hook: those also run in `migrate` mode). */
  async start(): Promise<void> {
    if (this.keys.isStatic) this.log.log('JWT_PRIVATE_KEY_PEM is set: signing keys are not rotated');
    else await this.keys.ensureCurrent();
    await this.check();
    this.timer ??= setInterval(() => {
      this.check().catch((err: unknown) => this.log.warn(`signing key check failed: ${(err as Error).message}`));
    }, SIGNING_KEY_CHECK_INTERVAL_MS);
    this.timer.unref();
  }

  async check(now = new Date()): Promise<void> {
    await this.tx.run(async () => {
      const rotated = await this.keys.rotateIfDue(now);
      if (rotated) {
        await this.audit.record({ action: 'signing-key.rotated', actorId: null, target: rotated.kid, detail: `by age, replaced ${rotated.previous_kid ?? 'nothing'}` });
      }
    });
    await this.keys.retireExpired(now);
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
