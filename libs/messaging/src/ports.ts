/** What messaging needs from a logger (pino's shape). */
export interface MessagingLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
}

/** What messaging records (the observability Metrics class fits this). */
export interface MessagingMetrics {
  countMessage(handler: string, outcome: 'handled' | 'duplicate' | 'failed' | 'retried' | 'dead_lettered' | 'invalid'): void;
  observeHandling(handler: string, seconds: number): void;
  observeRpcServer(pattern: string, outcome: 'ok' | 'error', seconds: number): void;
  observeRpcClient(pattern: string, outcome: 'ok' | 'error' | 'timeout', seconds: number): void;
  countOutboxPublished(n: number): void;
  /** An event a subscription lists was returned by the broker (no queue bound): it waits in the outbox. Alert on it. */
  countOutboxUnroutable?(routingKey: string): void;
  /** Telemetry published (or dropped, by reason) by TelemetryPublisher. */
  countTelemetry?(type: string, outcome: TelemetryPublishOutcome): void;
}

export type TelemetryPublishOutcome = 'published' | 'invalid' | 'disconnected' | 'backpressure' | 'error';

export const silentLogger: MessagingLogger = { info() {}, warn() {}, error() {}, debug() {} };

export const noMetrics: MessagingMetrics = {
  countMessage() {},
  observeHandling() {},
  observeRpcServer() {},
  observeRpcClient() {},
  countOutboxPublished() {},
};
