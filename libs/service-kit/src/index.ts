export * from './errors/platter-exception.filter';
export * from './health/health.controller';
export * from './metrics/http-metrics.interceptor';
export * from './metrics/metrics.controller';
export * from './platform/platform-options';
export * from './platform/platform.module';
export * from './platform/run-service';
