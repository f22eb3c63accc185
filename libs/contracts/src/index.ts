export * from './envelope';
export * from './errors';
export * from './events';
export * from './rpc';
export * from './phone/phone-number';
