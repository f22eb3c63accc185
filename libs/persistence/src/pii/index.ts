export * from './pii-cipher';
export * from './pii-column';
