export * from './restaurant.requests';
export * from './menu.requests';
export * from './zone.requests';
export * from './browse.requests';
export * from './product.requests';
