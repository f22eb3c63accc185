export * from './catalog';
export * from './dispatch';
export * from './identity';
export * from './marketing';
export * from './notifications';
export * from './ordering';
export * from './payments';
export * from './rpc-patterns';
