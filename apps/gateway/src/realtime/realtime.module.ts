import { Module } from '@nestjs/common';
import { AccountEventsRelay } from './account-events.relay';
import { AccountSockets } from './account-sockets';
import { DeliveryEventsRelay } from './delivery-events.relay';
import { DriverLocations } from './driver-locations';
import { KitchenEventsRelay } from './kitchen-events.relay';
import { OrderEventsRelay } from './order-events.relay';
import { OrderRooms, RpcOrderLookups } from './order-rooms';
import { RealtimeGateway } from './realtime.gateway';
import { RealtimeMetrics } from './realtime-metrics';
import { RealtimeRelay } from './realtime-relay';
import { SocketReplay } from './socket-replay';

@Module({
  controllers: [OrderEventsRelay, AccountEventsRelay, DeliveryEventsRelay, KitchenEventsRelay],
  providers: [RealtimeRelay, RealtimeGateway, AccountSockets, RealtimeMetrics, RpcOrderLookups, OrderRooms, SocketReplay, DriverLocations],
  exports: [RealtimeRelay],
})
export class RealtimeModule {}
