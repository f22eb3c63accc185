export * from './error-codes';
export * from './platter-error';
