import { Module } from '@nestjs/common';
import { OrderCreatedHandler } from './commands/record-order/order-created.handler';
import { RecordOrderService } from './commands/record-order/record-order.service';
import { RegisterCustomerService } from './commands/register-customer/register-customer.service';
import { UserRegisteredHandler } from './commands/register-customer/user-registered.handler';
import { ListCustomersHandler } from './queries/list-customers/list-customers.handler';

@Module({
  controllers: [UserRegisteredHandler, OrderCreatedHandler, ListCustomersHandler],
  providers: [RegisterCustomerService, RecordOrderService],
})
export class CustomersModule {}
