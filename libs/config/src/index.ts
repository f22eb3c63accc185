export * from './base-service-config';
export * from './config-error';
export * from './env-rules';
export * from './load-config';
export * from './mask-secret';
export * from './service-with-database-config';
