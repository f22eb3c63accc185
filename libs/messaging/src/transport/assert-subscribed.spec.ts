import { assertSubscribed } from './rabbit-transport';

describe('assertSubscribed', () => {
  it('accepts handlers that match the declared subscriptions', () => {
    expect(() => assertSubscribed(['order.created', 'user.registered'], ['user.registered', 'order.created'], 'marketing')).not.toThrow();
  });

  it('rejects a handler the subscriptions do not list', () => {
    expect(() => assertSubscribed(['order.created', 'order.cancelled'], ['order.created'], 'dispatch')).toThrow(/handles order.cancelled that SUBSCRIPTIONS.dispatch does not list/);
  });

  it('rejects a declared subscription that no handler handles', () => {
    expect(() => assertSubscribed(['order.created'], ['order.created', 'user.registered'], 'kitchen')).toThrow(/lists user.registered that no handler handles/);
  });

  it('names the telemetry list when telemetry handlers and TELEMETRY_SUBSCRIPTIONS differ', () => {
    expect(() => assertSubscribed(['driver.location-reported'], [], 'dispatch', 'TELEMETRY_SUBSCRIPTIONS')).toThrow(/handles driver.location-reported that TELEMETRY_SUBSCRIPTIONS.dispatch does not list/);
  });

  it('checks nothing when no subscriptions are given (the gateway relay)', () => {
    expect(() => assertSubscribed(['order.created'], undefined, 'gateway')).not.toThrow();
  });
});
