import { Module } from '@nestjs/common';
import { KitchenItemsController } from './kitchen-items.controller';
import { KitchenTicketsController } from './kitchen-tickets.controller';

/** /kitchen/* → kitchen. */
@Module({ controllers: [KitchenTicketsController, KitchenItemsController] })
export class KitchenRoutesModule {}
