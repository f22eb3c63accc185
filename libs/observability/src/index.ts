export * from './async-local-storage-context-manager';
export * from './logger';
export * from './metrics';
export * from './request-context';
export * from './tracing';
