import { Injectable } from '@nestjs/common';
import { UserDeleted, UserProfileUpdated, UserStatusChanged } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { DriverDocumentsService } from '../../documents/driver-documents.service';
import { DriverStatusMover } from '../../driver-status-mover';
import { Driver } from '../../driver.entity';
import { DriverRepository } from '../../driver.repository';

/**
 * What identity's account events mean to a driver's profile (users who are not drivers have none:
 * nothing happens). Each is idempotent, so a redelivered event changes nothing more.
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
  async profileUpdated(e: UserProfileUpdated): Promise<void> {
    await this.tx.run(async () => {
      const driver = await this.lock(e.user_id);
      if (!driver || driver.erased_at) return;
      await this.drivers.update(driver.id, { name: e.name, ...(e.phone ? { phone: e.phone } : {}) });
    });
  }

  /** Suspended or banned: the driver is suspended (and offline) too; active again: the account's suspension is lifted. */
  async statusChanged(e: UserStatusChanged): Promise<void> {
    await this.tx.run(async () => {
      const driver = await this.lock(e.user_id);
      if (!driver) return;
      if (e.status === 'active') await this.mover.apply(driver, 'account_reactivated', { actor: null });
      else await this.mover.apply(driver, 'account_suspended', { actor: null, reason: `user account ${e.status}` });
    });
  }

  /**
   * Erasure: name, phone, vehicle plate, licence number, last position, documents (files and rows)
   * and the trail of positions go; the profile row stays (deliveries refer to it), suspended for good.
   */
  async deleted(e: UserDeleted): Promise<void> {
    await this.tx.run(async () => {
      await this.drivers.lockAccount(e.user_id);
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
