import { Module } from '@nestjs/common';
import { DriverRepository } from '../../../drivers/driver.repository';
import { DeliveryRepository } from '../../delivery.repository';
import { DeliveryTrackingRpc } from './delivery-tracking.rpc';

/** Read-only tracking of an order's delivery for the gateway's socket relay. */
@Module({ controllers: [DeliveryTrackingRpc], providers: [DeliveryRepository, DriverRepository] })
export class OrderTrackingModule {}
