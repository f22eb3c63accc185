import { Module } from '@nestjs/common';
import { DeliveryTrackingHandler } from './delivery-tracking.handler';

/** Read-only tracking of an order's delivery for the gateway's socket relay. */
@Module({ controllers: [DeliveryTrackingHandler] })
export class OrderTrackingModule {}
