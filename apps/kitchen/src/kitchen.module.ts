import { Module } from '@nestjs/common';
import { PlatformModule } from '@platter/service-kit';
import { KitchenConfig } from './kitchen.config';
import { kitchenMigrations } from './migrations';
import { Ticket } from './tickets/ticket.entity';
import { TicketsModule } from './tickets/tickets.module';

export function kitchenModule(config: KitchenConfig) {
  @Module({
    imports: [
      PlatformModule.forService({ service: 'kitchen', config, database: { entities: [Ticket], migrations: kitchenMigrations } }),
      TicketsModule,
    ],
  })
  class KitchenModule {}
  return KitchenModule;
}
