import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { UserDeleted, UserProfileUpdated, UserRegistered } from '@platter/contracts';
import { TrackCustomerService } from './track-customer.service';

/** identity's users → ordering's customer profiles (referrals, birthdays). */
@Controller()
export class UserEventsConsumer {
  constructor(private readonly track: TrackCustomerService) {}

  @EventPattern('user.registered')
  async registered(@Payload() event: UserRegistered): Promise<void> {
    await this.track.registered(event);
  }

  @EventPattern('user.profile-updated')
  async profileUpdated(@Payload() event: UserProfileUpdated): Promise<void> {
    await this.track.profileUpdated(event);
  }

  @EventPattern('user.deleted')
  async deleted(@Payload() event: UserDeleted): Promise<void> {
    await this.track.deleted(event);
  }
}
