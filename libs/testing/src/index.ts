export * from './throwaway-schema';
export * from './rejection';
export * from './fake-oidc-provider';
export * from './delivery-zone-cases';
export * from './fake-s3-server';
export * from './fake-payment-providers';
export * from './feature-testing-module';
export * from './field-errors';
