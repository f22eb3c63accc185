export * from './signing';
export * from './fake-provider-server';
export * from './fake-campay';
export * from './fake-noupay';
export * from './fake-stripe';
export * from './fake-paymob';
