export * from './throwaway-schema';
