export * from './data-source';
export * from './transaction-host';
export * from './database-busy';
export * from './connection-slots';
export * from './pii';
export * from './idempotency';
export * from './event-copies';
