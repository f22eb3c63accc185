import { Injectable, Optional } from '@nestjs/common';
import { Counter, Gauge, Registry } from 'prom-client';
import { Metrics } from '@platter/observability';

export type PositionDropReason = 'rate_limited' | 'invalid' | 'forbidden' | 'unpublished';

/**
 * The relay's Prometheus series, on the gateway's registry (`/metrics`): sockets connected by role,
 * events emitted by type (one per emit to a room or a socket), drivers' positions coalesced for slow
 * sockets, positions refused from drivers, order-room joins by outcome.
 */
@Injectable()
export class RealtimeMetrics {
  private readonly connected: Gauge<'role'>;
  private readonly emitted: Counter<'event'>;
  private readonly coalesced: Counter;
  private readonly dropped: Counter<'reason'>;
  private readonly received: Counter;
  private readonly joins: Counter<'outcome'>;

  constructor(@Optional() metrics?: Metrics) {
    const registers = [metrics?.registry ?? new Registry()];
    this.connected = new Gauge({ name: 'realtime_sockets_connected', help: 'Socket.IO connections open on this gateway instance, by role', labelNames: ['role'], registers });
    this.emitted = new Counter({ name: 'realtime_events_emitted_total', help: 'Socket.IO events emitted (to a room or a socket), by event', labelNames: ['event'], registers });
    this.coalesced = new Counter({
      name: 'realtime_positions_coalesced_total',
      help: "Drivers' positions replaced by a newer one before a slow socket could take them (never sent)",
      registers,
    });
    this.dropped = new Counter({ name: 'realtime_positions_dropped_total', help: "Drivers' driver_location messages refused, by reason", labelNames: ['reason'], registers });
    this.received = new Counter({ name: 'realtime_positions_received_total', help: "Drivers' driver_location messages accepted and published", registers });
    this.joins = new Counter({ name: 'realtime_order_room_joins_total', help: 'Order-room joins, by outcome (ok or the error code)', labelNames: ['outcome'], registers });
  }

  socketOpened(role: string): void {
    this.connected.inc({ role });
  }

  socketClosed(role: string): void {
    this.connected.dec({ role });
  }

  eventEmitted(event: string, n = 1): void {
    this.emitted.inc({ event }, n);
  }

  positionCoalesced(): void {
    this.coalesced.inc();
  }

  positionDropped(reason: PositionDropReason): void {
    this.dropped.inc({ reason });
  }

  positionReceived(): void {
    this.received.inc();
  }

  joined(outcome: string): void {
    this.joins.inc({ outcome });
  }
}
