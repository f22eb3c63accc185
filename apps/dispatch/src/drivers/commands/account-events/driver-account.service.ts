import { Injectable } from '@nestjs/common';
import { UserDeleted, UserProfileUpdated, UserRole, UserStatusChanged } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { DriverDocumentsService } from '../../documents/driver-documents.service';
import { DriverStatusMover } from '../../driver-status-mover';
import { Driver } from '../../driver.entity';
import { DriverRepository, EarlyAccountNews } from '../../driver.repository';

/**
 * What identity's account events mean to a driver's profile. Each is idempotent, so a redelivered
 * event changes nothing more, and they come in any order (docs/event-ordering.md): a profile change
 * or a status change carries when identity made it (`changedAt`, its envelope's occurred_at) and
 * only a newer one moves the driver; one heard before the registration is kept (early_account_news,
 * newest of each kind) for the registration to apply, and discarded by it if the user is no driver.
 * Everything for one account runs under its lock (DriverRepository.lockAccount), which the
 * registration takes too.
 */
@Injectable()
export class DriverAccountService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly drivers: DriverRepository,
    private readonly mover: DriverStatusMover,
    private readonly documents: DriverDocumentsService,
  ) {}

  /** The name restaurants see follows the account; so does the phone, unless the account has none. */
  async profileUpdated(e: UserProfileUpdated, changedAt: Date): Promise<void> {
    if (isOtherRole(e)) return;
    await this.tx.run(async () => {
      await this.drivers.lockAccount(e.user_id);
      await this.applyOrKeep(e.user_id, { kind: 'profile', profile: { name: e.name, phone: e.phone ?? null }, changedAt });
    });
  }

  /** Suspended or banned: the driver is suspended (and offline) too; active again: the account's suspension is lifted. */
  async statusChanged(e: UserStatusChanged, changedAt: Date): Promise<void> {
    if (isOtherRole(e)) return;
    await this.tx.run(async () => {
      await this.drivers.lockAccount(e.user_id);
      await this.applyOrKeep(e.user_id, { kind: 'status', status: e.status, changedAt });
    });
  }

  /**
   * Applies account news to the user's profile, or keeps it when there is none yet (an erased
   * account keeps nothing). Under the account's lock, in the caller's transaction; the registration
   * calls it with the news it took.
   */
  async applyOrKeep(userId: string, news: EarlyAccountNews): Promise<void> {
    const driver = await this.lock(userId);
    if (!driver) {
      if (!(await this.drivers.wasErased(userId))) await this.drivers.keepEarlyAccountNews(userId, news);
      return;
    }
    if (news.kind === 'profile') {
      // An erased driver's row keeps no name or phone.
      if (!driver.erased_at) await this.drivers.updateContactIfNewer(driver.id, news.profile, news.changedAt);
      return;
    }
    // A status older than the one the driver follows already changes nothing.
    if (!(await this.drivers.claimAccountStatus(driver.id, news.changedAt))) return;
    if (news.status === 'active') await this.mover.apply(driver, 'account_reactivated', { actor: null });
    else await this.mover.apply(driver, 'account_suspended', { actor: null, reason: `user account ${news.status}` });
  }

  /**
   * Erasure: name, phone, vehicle plate, licence number, last position, documents (files and rows)
   * and the trail of positions go; the profile row stays (deliveries refer to it), suspended for good.
   */
  async deleted(e: UserDeleted): Promise<void> {
    await this.tx.run(async () => {
      await this.drivers.lockAccount(e.user_id);
      // News kept for a registration that will now open nothing: the personal data goes with it.
      await this.drivers.takeEarlyAccountNews(e.user_id);
      const driver = await this.lock(e.user_id);
      if (!driver) {
        // Not a driver, or the registration has not arrived yet: remembered, so it opens nothing.
        await this.drivers.rememberErased(e.user_id);
        return;
      }
      await this.documents.eraseAll(driver.id);
      await this.drivers.eraseTrail(driver.id);
      const moved = await this.mover.apply(driver, 'account_deleted', { actor: null, reason: 'user account deleted' });
      await this.drivers.update(
        moved.id,
        {
          name: null, phone: null, vehicle_plate: null, license_number: null, rejection_reason: null,
          last_lat: null, last_lng: null, last_heading: null, last_speed: null, last_located_at: null,
          erased_at: moved.erased_at ?? new Date(),
        },
      );
    });
  }

  private lock(id: string): Promise<Driver | null> {
    return this.drivers.lock(id);
  }
}

/** An event of an account that is no driver's: nothing to apply and nothing to keep (older events carry no role and are kept). */
function isOtherRole(e: { role?: UserRole }): boolean {
  return e.role !== undefined && e.role !== 'driver';
}
