export * from './access-token-verifier';
export * from './auth.exception';
export * from './jwks-key-store';
export * from './nest/auth.decorators';
export * from './nest/auth.module';
export * from './nest/bearer-token';
export * from './nest/jwt-auth.guard';
export * from './nest/roles.guard';
