import type { ServiceName } from '../rpc/rpc-patterns';
import type { EventType } from './event-catalog';

/**
 * Telemetry: high-rate events where only the latest value matters (driver positions). They skip the
 * outbox: published straight to the events exchange, not persistent, no confirms (TelemetryPublisher
 * in @platter/messaging), and consumed from a per-service telemetry queue without inbox or retries.
 */
export const TELEMETRY_EVENTS = ['driver.location-reported', 'driver.location-updated'] as const satisfies readonly EventType[];
export type TelemetryEventType = (typeof TELEMETRY_EVENTS)[number];

export function isTelemetryEvent(type: string): type is TelemetryEventType {
  return (TELEMETRY_EVENTS as readonly string[]).includes(type);
}

/**
 * Which telemetry events each service consumes through its telemetry queue (`<ns>.<service>.telemetry`,
 * shared by the service's replicas, not provisioned ahead: a position nobody consumed is worthless).
 * Listed apart from SUBSCRIPTIONS so the durable service queue never receives them. The gateway's
 * relay (its exclusive instance queue) binds whatever its handlers declare, telemetry included.
 */
export const TELEMETRY_SUBSCRIPTIONS: Partial<Record<ServiceName, readonly TelemetryEventType[]>> = {
  dispatch: ['driver.location-reported'],
};
