export * from './idempotency-key-table';
export * from './idempotency-key-pruner';
export * from './request-hash';
