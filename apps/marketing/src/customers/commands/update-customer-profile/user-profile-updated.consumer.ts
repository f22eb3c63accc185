import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { UserProfileUpdated } from '@platter/contracts';
import { envelopeOf } from '@platter/messaging';
import { UpdateCustomerProfileService } from './update-customer-profile.service';

@Controller()
export class UserProfileUpdatedConsumer {
  constructor(private readonly updateCustomerProfile: UpdateCustomerProfileService) {}

  @EventPattern('user.profile-updated')
  async handle(@Payload() event: UserProfileUpdated, @Ctx() ctx: unknown): Promise<void> {
    // When identity made the change, so a change that arrives late does not overwrite a newer one.
    await this.updateCustomerProfile.update(event, new Date(envelopeOf(ctx).occurred_at));
  }
}
