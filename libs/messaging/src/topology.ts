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
