import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { UserProfileUpdated } from '@platter/contracts';
import { UpdateCustomerProfileService } from './update-customer-profile.service';

@Controller()
export class UserProfileUpdatedConsumer {
  constructor(private readonly updateCustomerProfile: UpdateCustomerProfileService) {}

  @EventPattern('user.profile-updated')
  async handle(@Payload() event: UserProfileUpdated): Promise<void> {
    await this.updateCustomerProfile.update(event);
  }
}
