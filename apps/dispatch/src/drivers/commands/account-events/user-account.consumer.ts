import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { UserDeleted, UserProfileUpdated, UserStatusChanged } from '@platter/contracts';
import { DriverAccountService } from './driver-account.service';

/** identity's account events, for drivers: name, suspension (and reactivation), erasure. */
@Controller()
export class UserAccountConsumer {
  constructor(private readonly accounts: DriverAccountService) {}

  @EventPattern('user.profile-updated')
  async profileUpdated(@Payload() e: UserProfileUpdated): Promise<void> {
    await this.accounts.profileUpdated(e);
  }

  @EventPattern('user.status-changed')
  async statusChanged(@Payload() e: UserStatusChanged): Promise<void> {
    await this.accounts.statusChanged(e);
  }

  @EventPattern('user.deleted')
  async deleted(@Payload() e: UserDeleted): Promise<void> {
    await this.accounts.deleted(e);
  }
}
