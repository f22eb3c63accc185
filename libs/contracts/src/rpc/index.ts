export * from './catalog';
export * from './identity';
export * from './ordering';
export * from './rpc-patterns';
