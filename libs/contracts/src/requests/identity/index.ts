export * from './identity-fields';
export * from './auth.requests';
export * from './account-recovery.requests';
export * from './phone.requests';
export * from './guest.requests';
export * from './users.requests';
export * from './staff.requests';
export * from './oidc.requests';
