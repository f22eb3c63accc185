/** Names of every exchange and queue, derived from the namespace and the service. */
export class Topology {
  constructor(readonly namespace: string, readonly service: string) {}

  /** The one durable topic exchange for domain events. */
  get eventsExchange(): string {
    return `${this.namespace}.events`;
  }
  /** The service's durable queue, bound to the routing keys its handlers declare. */
  get eventsQueue(): string {
    return `${this.namespace}.${this.service}.events`;
  }
  get deadLetterQueue(): string {
    return `${this.namespace}.${this.service}.dlq`;
  }
  /** One delay queue per retry step; the delay is in the name because queue arguments are immutable. */
  retryQueue(delayMs: number): string {
    return `${this.namespace}.${this.service}.retry.${delayMs}ms`;
  }
  /**
   * The service's telemetry queue (driver positions): shared by its replicas, bound to the telemetry
   * keys its handlers declare, messages not persisted, deleted once unused for a minute.
   */
  get telemetryQueue(): string {
    return `${this.namespace}.${this.service}.telemetry`;
  }
  get rpcQueue(): string {
    return Topology.rpcQueueOf(this.namespace, this.service);
  }
  static rpcQueueOf(namespace: string, service: string): string {
    return `${namespace}.${service}.rpc`;
  }
  /** An exclusive per-instance queue (the gateway's relay). */
  instanceQueue(instanceId: string): string {
    return `${this.namespace}.${this.service}.instance.${instanceId}`;
  }
}

/**
 * Arguments of every telemetry queue (immutable once declared: change them only with a new name).
 * Durable only so that RabbitMQ 4, which deprecates transient shared queues, keeps accepting it;
 * the messages are not persistent, expire after 10 s, and at most 100 000 wait (oldest dropped first).
 */
export const TELEMETRY_QUEUE_ARGUMENTS = {
  'x-expires': 60_000,
  'x-message-ttl': 10_000,
  'x-max-length': 100_000,
  'x-overflow': 'drop-head',
} as const;
