import { Injectable } from '@nestjs/common';
import { Actor, DriverProfileView, UpdateDriverProfileData } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { profileChanges } from '../../domain/driver-profile-rules';
import { DriverProfiles } from '../../driver-profile';
import { DriverStatusMover } from '../../driver-status-mover';
import { DriverRepository } from '../../driver.repository';
import { lockDriver } from '../../drivers';

/**
 * PUT /driver/profile: the driver's vehicle, licence number and contact. A rejected driver who
 * changes their profile asks for a new review (pending again); an approved one stays approved.
 */
@Injectable()
export class UpdateDriverProfileService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly drivers: DriverRepository,
    private readonly mover: DriverStatusMover,
    private readonly profiles: DriverProfiles,
  ) {}

  async update(actor: Actor, data: UpdateDriverProfileData): Promise<DriverProfileView> {
    const changes = profileChanges(data);
    return this.tx.run(async () => {
      await this.drivers.openIfAbsent(actor.user_id);
      const driver = await lockDriver(this.drivers, actor.user_id);
      await this.drivers.update(driver.id, changes);
      const moved = await this.mover.apply(Object.assign(driver, changes), 'reapply', { actor });
      return this.profiles.full(moved);
    });
  }
}
