import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { UserDeleted } from '@platter/contracts';
import { EraseCustomerService } from './erase-customer.service';

@Controller()
export class UserDeletedConsumer {
  constructor(private readonly eraseCustomer: EraseCustomerService) {}

  @EventPattern('user.deleted')
  async handle(@Payload() event: UserDeleted): Promise<void> {
    await this.eraseCustomer.erase(event);
  }
}
