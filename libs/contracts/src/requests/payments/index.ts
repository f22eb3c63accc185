export * from './common';
export * from './checkout.requests';
export * from './wallet.requests';
export * from './payouts.requests';
export * from './payments.requests';
