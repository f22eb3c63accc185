import { Module } from '@nestjs/common';
import { EraseCustomerService } from './commands/erase-customer/erase-customer.service';
import { UserDeletedHandler } from './commands/erase-customer/user-deleted.handler';
import { OrderCreatedHandler } from './commands/record-order/order-created.handler';
import { RecordOrderService } from './commands/record-order/record-order.service';
import { RegisterCustomerService } from './commands/register-customer/register-customer.service';
import { UserRegisteredHandler } from './commands/register-customer/user-registered.handler';
import { UpdateCustomerProfileService } from './commands/update-customer-profile/update-customer-profile.service';
import { UserProfileUpdatedHandler } from './commands/update-customer-profile/user-profile-updated.handler';
import { ListCustomersHandler } from './queries/list-customers/list-customers.handler';

@Module({
  controllers: [UserRegisteredHandler, UserProfileUpdatedHandler, UserDeletedHandler, OrderCreatedHandler, ListCustomersHandler],
  providers: [RegisterCustomerService, UpdateCustomerProfileService, EraseCustomerService, RecordOrderService],
})
export class CustomersModule {}
