import { Module } from '@nestjs/common';
import { AdminOrdersController } from './admin-orders.controller';

/** /admin/orders* → ordering. */
@Module({ controllers: [AdminOrdersController] })
export class AdminOrdersRoutesModule {}
