export * from './order.requests';
export * from './coupon.requests';
export * from './loyalty.requests';
export * from './admin-order.requests';
export * from './staff-order.requests';
