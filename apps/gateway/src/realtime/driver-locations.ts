import { Injectable, Optional } from '@nestjs/common';
import { IsNumber, IsOptional, Max, Min } from 'class-validator';
import { Actor, DriverLocationReported, validatePayload } from '@platter/contracts';
import { TelemetryPublisher } from '@platter/messaging';
import { GatewayConfig } from '../gateway.config';
import type { Ack } from './order-rooms';
import { RealtimeMetrics } from './realtime-metrics';

/** A driver's `driver_location` message: the position, plus what the phone knows of its accuracy. */
export class DriverLocationMessage {
  @IsNumber() @Min(-90) @Max(90) lat: number;
  @IsNumber() @Min(-180) @Max(180) lng: number;
  @IsOptional() @IsNumber() @Min(0) @Max(360) heading?: number;
  @IsOptional() @IsNumber() @Min(0) @Max(300) speed?: number;
  @IsOptional() @IsNumber() @Min(0) accuracy?: number;
}

/** What rate limiting keeps on a socket: the current one-second window. */
export interface RateWindow {
  startedAt: number;
  count: number;
}
export type RateWindows = Partial<Record<'locationWindow' | 'joinWindow', RateWindow>>;

/** What the handler needs of a socket. */
export interface LocationSocket {
  readonly data: { actor?: Actor } & RateWindows;
}

/** What publishing needs (the telemetry publisher of @platter/messaging). */
export interface LocationPublisher {
  publish(type: 'driver.location-reported', payload: DriverLocationReported): boolean;
}

/** Whether one more message of a kind fits in the socket's current one-second window (fixed window). */
export function withinRate(data: RateWindows, kind: keyof RateWindows, maxPerSecond: number, now: number): boolean {
  const w = data[kind];
  if (!w || now - w.startedAt >= 1000) {
    data[kind] = { startedAt: now, count: 1 };
    return true;
  }
  if (w.count >= maxPerSecond) return false;
  w.count++;
  return true;
}

/**
 * Drivers' positions over the socket: from drivers only, validated, at most LOCATION_MAX_PER_SECOND
 * per socket (the rest dropped and counted), published as `driver.location-reported` telemetry
 * (straight to the exchange, no outbox: dispatch keeps the latest and the trail).
 */
@Injectable()
export class DriverLocations {
  private readonly maxPerSecond: number;

  constructor(
    private readonly publisher: TelemetryPublisher,
    config: GatewayConfig,
    @Optional() private readonly metrics?: RealtimeMetrics,
  ) {
    this.maxPerSecond = config.LOCATION_MAX_PER_SECOND;
  }

  handle(socket: LocationSocket, data: unknown, now = Date.now()): Ack {
    return reportLocation(socket, data, { publisher: this.publisher, maxPerSecond: this.maxPerSecond, metrics: this.metrics, now });
  }
}

export function reportLocation(
  socket: LocationSocket,
  data: unknown,
  o: { publisher: LocationPublisher; maxPerSecond: number; metrics?: RealtimeMetrics; now: number },
): Ack {
  const actor = socket.data.actor;
  if (actor?.role !== 'driver') {
    o.metrics?.positionDropped('forbidden');
    return { ok: false, error: { code: 'FORBIDDEN', message: 'Only drivers report positions' } };
  }
  if (!withinRate(socket.data, 'locationWindow', o.maxPerSecond, o.now)) {
    o.metrics?.positionDropped('rate_limited');
    return { ok: false, error: { code: 'RATE_LIMIT_EXCEEDED', message: `At most ${o.maxPerSecond} positions per second` } };
  }
  const { value, errors } = validatePayload(DriverLocationMessage, data);
  if (!value) {
    o.metrics?.positionDropped('invalid');
    return { ok: false, error: { code: 'VALIDATION_ERROR', message: errors.map((e) => `${e.field}: ${e.message}`).join('; ') } };
  }
  const published = o.publisher.publish('driver.location-reported', {
    driver_id: actor.user_id,
    lat: value.lat,
    lng: value.lng,
    ...(value.heading !== undefined ? { heading: value.heading } : {}),
    ...(value.speed !== undefined ? { speed: value.speed } : {}),
    ...(value.accuracy !== undefined ? { accuracy: value.accuracy } : {}),
    reported_at: new Date(o.now).toISOString(),
  });
  if (!published) {
    o.metrics?.positionDropped('unpublished');
    return { ok: false, error: { code: 'SERVICE_UNAVAILABLE', message: 'The position could not be passed on; send the next one' } };
  }
  o.metrics?.positionReceived();
  return { ok: true };
}
