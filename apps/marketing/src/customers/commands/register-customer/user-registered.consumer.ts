import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { UserRegistered } from '@platter/contracts';
import { RegisterCustomerService } from './register-customer.service';

@Controller()
export class UserRegisteredConsumer {
  constructor(private readonly registerCustomer: RegisterCustomerService) {}

  @EventPattern('user.registered')
  async handle(@Payload() user: UserRegistered): Promise<void> {
    await this.registerCustomer.register(user);
  }
}
