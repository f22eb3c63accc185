export * from './event-catalog';
export * from './subscriptions';
export * from './validate-payload';
export * from './telemetry';
