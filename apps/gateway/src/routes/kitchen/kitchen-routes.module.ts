import { Module } from '@nestjs/common';
import { KitchenItemsController } from './kitchen-items.controller';
import { KitchenTicketsController } from './kitchen-tickets.controller';
import { RestaurantConfigController } from './restaurant-config.controller';

/** /kitchen/* and /config* → kitchen. */
@Module({ controllers: [KitchenTicketsController, KitchenItemsController, RestaurantConfigController] })
export class KitchenRoutesModule {}
