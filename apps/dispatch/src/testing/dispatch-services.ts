import { PortOverride, ThrowawaySchema, createFeatureTestingModule } from '@platter/testing';
import { AssignmentModule } from '../assignment/assignment.module';
import { DeliveriesModule } from '../deliveries/deliveries.module';
import { OrderTrackingModule } from '../deliveries/queries/order-tracking/order-tracking.module';
import { DispatchConfig } from '../dispatch.config';
import { DriversModule } from '../drivers/drivers.module';

/** Dispatch's feature modules, as dispatchModule() imports them (without the platform). */
export const DISPATCH_FEATURES = [DriversModule, DeliveriesModule, AssignmentModule, OrderTrackingModule];

/**
 * Dispatch's use cases for medium tests, built by Nest from its own feature modules (so a
 * constructor change is made once, in the module) over `db`, a throwaway schema, with `overrides`
 * replacing ports. `get` reaches any provider or adapter; `close` leaves the schema to the test.
 */
export async function dispatchServices(db: ThrowawaySchema, config: DispatchConfig = new DispatchConfig(), overrides: PortOverride[] = []) {
  return createFeatureTestingModule({ service: 'dispatch', database: db, imports: DISPATCH_FEATURES, config, overrides });
}
