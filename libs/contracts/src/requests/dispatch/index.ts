export * from './assignment.requests';
export * from './deliveries.requests';
export * from './drivers.requests';
export * from './onboarding.requests';
