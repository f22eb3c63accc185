import { Module } from '@nestjs/common';
import { AccountEventsRelay } from './account-events.relay';
import { AccountSockets } from './account-sockets';
import { DeliveryEventsRelay } from './delivery-events.relay';
import { OrderEventsRelay } from './order-events.relay';
import { RealtimeGateway } from './realtime.gateway';
import { RealtimeRelay } from './realtime-relay';

@Module({
  controllers: [OrderEventsRelay, AccountEventsRelay, DeliveryEventsRelay],
  providers: [RealtimeRelay, RealtimeGateway, AccountSockets],
  exports: [RealtimeRelay],
})
export class RealtimeModule {}
