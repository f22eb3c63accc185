import { PortOverride, ThrowawaySchema, createFeatureTestingModule } from '@platter/testing';
import { LogsModule } from '../logs/logs.module';
import { NotificationsConfig } from '../notifications.config';

/** Notifications' feature modules, as notificationsModule() imports them (without the platform). */
export const NOTIFICATIONS_FEATURES = [LogsModule];

/**
 * Notifications' use cases for medium tests, built by Nest from its own feature modules (so a
 * constructor change is made once, in the module) over `db`, a throwaway schema, with `overrides`
 * replacing ports. `get` reaches any provider or adapter; `close` leaves the schema to the test.
 */
export async function notificationsServices(db: ThrowawaySchema, config: NotificationsConfig = new NotificationsConfig(), overrides: PortOverride[] = []) {
  return createFeatureTestingModule({ service: 'notifications', database: db, imports: NOTIFICATIONS_FEATURES, config, overrides });
}
