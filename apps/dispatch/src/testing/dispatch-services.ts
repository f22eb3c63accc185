import { PortOverride, ThrowawaySchema, createFeatureTestingModule } from '@platter/testing';
import { AssignmentModule } from '../assignment/assignment.module';
import { DeliveriesModule } from '../deliveries/deliveries.module';
import { OrderTrackingModule } from '../deliveries/queries/order-tracking/order-tracking.module';
import { DispatchConfig } from '../dispatch.config';
import { DriversModule } from '../drivers/drivers.module';
import { LocationsModule } from '../locations/locations.module';

/** Dispatch's feature modules, as dispatchModule() imports them (without the platform). */
export const DISPATCH_FEATURES = [DriversModule, DeliveriesModule, AssignmentModule, OrderTrackingModule];

/** Which of dispatch's feature modules a test builds, and whether their lifecycle hooks run. */
export interface DispatchFeatureOptions {
  /** Default: every feature, as dispatchModule() imports them. */
  imports?: Array<(typeof DISPATCH_FEATURES)[number] | typeof LocationsModule>;
  /** Run onModuleInit/onApplicationBootstrap (off by default: no sweeper timer starts). */
  init?: boolean;
}

/**
 * Dispatch's use cases for medium tests, built by Nest from its own feature modules (so a
 * constructor change is made once, in the module) over `db`, a throwaway schema, with `overrides`
 * replacing ports. `get` reaches any provider or adapter; `close` runs the shutdown hooks and
 * leaves the schema to the test. Two of them over one schema are two replicas.
 */
export async function dispatchServices(
  db: ThrowawaySchema,
  config: DispatchConfig = new DispatchConfig(),
  overrides: PortOverride[] = [],
  { imports = DISPATCH_FEATURES, init = false }: DispatchFeatureOptions = {},
) {
  return createFeatureTestingModule({ service: 'dispatch', database: db, imports, config, overrides, init });
}
