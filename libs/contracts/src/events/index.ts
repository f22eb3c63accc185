export * from './event-catalog';
export * from './validate-payload';
