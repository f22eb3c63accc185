export * from './field-rules';
export * from './common';
export * from './identity';
export * from './catalog';
export * from './ordering';
export * from './dispatch';
export * from './payments';
export * from './kitchen';
