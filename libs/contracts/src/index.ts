export * from './envelope';
export * from './errors';
export * from './events';
export * from './rpc';
export * from './phone/phone-number';
export * from './geo/delivery-zone-geometry';
export * from './menu/availability-schedule';
export * from './menu/opening-hours';
