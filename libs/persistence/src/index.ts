export * from './data-source';
export * from './transaction-host';
export * from './pii';
export * from './idempotency';
export * from './event-copies';
