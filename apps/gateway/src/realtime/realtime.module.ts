import { Module } from '@nestjs/common';
import { OrderEventsRelay } from './order-events.relay';
import { RealtimeGateway } from './realtime.gateway';
import { RealtimeRelay } from './realtime-relay';

@Module({
  controllers: [OrderEventsRelay],
  providers: [RealtimeRelay, RealtimeGateway],
  exports: [RealtimeRelay],
})
export class RealtimeModule {}
