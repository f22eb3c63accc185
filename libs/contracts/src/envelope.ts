/**
 * The one message envelope. The body of every AMQP message is this JSON; W3C trace context
 * (traceparent/tracestate) travels in the AMQP headers beside it.
 */
export interface MessageEnvelope<P = unknown> {
  id: string;
  type: string;
  version: number;
  occurred_at: string;
  producer: string;
  correlation_id: string;
  causation_id?: string;
  payload: P;
}

/** AMQP header names the fleet agrees on. */
export const HEADERS = {
  traceparent: 'traceparent',
  tracestate: 'tracestate',
  retryCount: 'x-retry-count',
  deathReason: 'x-death-reason',
  originalQueue: 'x-original-queue',
  rpcPattern: 'x-rpc-pattern',
  /** When the RPC's caller stops waiting (epoch ms): a server skips a request it takes after that. */
  rpcDeadline: 'x-rpc-deadline',
} as const;
