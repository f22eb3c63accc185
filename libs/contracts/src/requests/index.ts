export * from './field-rules';
