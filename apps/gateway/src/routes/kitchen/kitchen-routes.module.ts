import { Module } from '@nestjs/common';
import { KitchenTicketsController } from './kitchen-tickets.controller';

/** /kitchen/* → kitchen. */
@Module({ controllers: [KitchenTicketsController] })
export class KitchenRoutesModule {}
