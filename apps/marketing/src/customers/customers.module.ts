import { Module } from '@nestjs/common';
import { EraseCustomerService } from './commands/erase-customer/erase-customer.service';
import { UserDeletedConsumer } from './commands/erase-customer/user-deleted.consumer';
import { OrderCreatedConsumer } from './commands/record-order/order-created.consumer';
import { RecordOrderService } from './commands/record-order/record-order.service';
import { RegisterCustomerService } from './commands/register-customer/register-customer.service';
import { UserRegisteredConsumer } from './commands/register-customer/user-registered.consumer';
import { UpdateCustomerProfileService } from './commands/update-customer-profile/update-customer-profile.service';
import { UserProfileUpdatedConsumer } from './commands/update-customer-profile/user-profile-updated.consumer';
import { CrmCustomerRepository } from './crm-customer.repository';
import { ListCustomersRpc } from './queries/list-customers/list-customers.rpc';

@Module({
  controllers: [UserRegisteredConsumer, UserProfileUpdatedConsumer, UserDeletedConsumer, OrderCreatedConsumer, ListCustomersRpc],
  providers: [RegisterCustomerService, UpdateCustomerProfileService, EraseCustomerService, RecordOrderService, CrmCustomerRepository],
})
export class CustomersModule {}
