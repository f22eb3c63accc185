export * from './throwaway-schema';
export * from './rejection';
