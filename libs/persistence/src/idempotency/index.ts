export * from './idempotency-key-table';
export * from './request-hash';
