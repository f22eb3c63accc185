import { Module } from '@nestjs/common';
import { DeliveryTrackingHandler } from './delivery-tracking.handler';

/** Read-only tracking of an order's delivery for the gateway's socket relay (issue 6). */
@Module({ controllers: [DeliveryTrackingHandler] })
export class OrderTrackingModule {}
