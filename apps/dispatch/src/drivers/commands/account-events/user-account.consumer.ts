import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { UserDeleted, UserProfileUpdated, UserStatusChanged } from '@platter/contracts';
import { envelopeOf } from '@platter/messaging';
import { DriverAccountService } from './driver-account.service';

/** identity's account events, for drivers: name, suspension (and reactivation), erasure. */
@Controller()
export class UserAccountConsumer {
  constructor(private readonly accounts: DriverAccountService) {}

  @EventPattern('user.profile-updated')
  async profileUpdated(@Payload() e: UserProfileUpdated, @Ctx() ctx: unknown): Promise<void> {
    // When identity made the change, so one that arrives late does not overwrite a newer one.
    await this.accounts.profileUpdated(e, new Date(envelopeOf(ctx).occurred_at));
  }

  @EventPattern('user.status-changed')
  async statusChanged(@Payload() e: UserStatusChanged, @Ctx() ctx: unknown): Promise<void> {
    await this.accounts.statusChanged(e, new Date(envelopeOf(ctx).occurred_at));
  }

  @EventPattern('user.deleted')
  async deleted(@Payload() e: UserDeleted): Promise<void> {
    await this.accounts.deleted(e);
  }
}
