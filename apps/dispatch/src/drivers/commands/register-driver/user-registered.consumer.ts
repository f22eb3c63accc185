import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { UserRegistered } from '@platter/contracts';
import { RegisterDriverService } from './register-driver.service';

@Controller()
export class UserRegisteredConsumer {
  constructor(private readonly registerDriver: RegisterDriverService) {}

  @EventPattern('user.registered')
  async handle(@Payload() user: UserRegistered): Promise<void> {
    await this.registerDriver.register(user);
  }
}
