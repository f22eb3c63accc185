export * from './kitchen.requests';
