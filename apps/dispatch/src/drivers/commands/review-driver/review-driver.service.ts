import { Injectable } from '@nestjs/common';
import { Actor, AdminDriverView } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { DeliveryRepository } from '../../../deliveries/delivery.repository';
import { missingForApproval } from '../../domain/driver-profile-rules';
import { AdminDriverMove } from '../../domain/driver-standing';
import { DriverStatusMover } from '../../driver-status-mover';
import { DriverException } from '../../driver.exception';
import { DriverRepository } from '../../driver.repository';
import { toAdminDriverView } from '../../driver.view';
import { lockDriver } from '../../drivers';

/**
 * An admin approves (pending or rejected: they may then go online), rejects (pending, with the
 * reason the driver sees), suspends (offline at once; with a reason) or reinstates a driver. Each
 * move is audited and announced (driver.status-changed).
 */
@Injectable()
export class ReviewDriverService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly drivers: DriverRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly mover: DriverStatusMover,
  ) {}

  async move(id: string, move: AdminDriverMove, admin: Actor, reason?: string): Promise<AdminDriverView> {
    return this.tx.run(async () => {
      const driver = await lockDriver(this.drivers, id);
      if (move === 'approve') {
        const missing = missingForApproval(driver);
        if (missing) throw new DriverException('DRIVER_PROFILE_INCOMPLETE', `The driver cannot be approved: ${missing}`);
      }
      const moved = await this.mover.apply(driver, move, { actor: admin, reason: reason ?? null });
      return toAdminDriverView(moved, await this.deliveries.countHeldBy(moved.id));
    });
  }
}
