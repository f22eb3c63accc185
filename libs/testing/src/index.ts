export * from './throwaway-schema';
export * from './rejection';
export * from './fake-oidc-provider';
