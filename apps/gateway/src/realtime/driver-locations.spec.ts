import { DriverLocationReported } from '@platter/contracts';
import { RateWindows, reportLocation, withinRate } from './driver-locations';

function setUp(published = true) {
  const sent: DriverLocationReported[] = [];
  const publisher = { publish: (_t: 'driver.location-reported', p: DriverLocationReported) => (sent.push(p), published) };
  return { sent, publisher };
}
const driver = () => ({ data: { actor: { user_id: 'a1b2c3d4-0000-4000-8000-000000000001', role: 'driver' as const } } });
const now = Date.parse('2026-01-01T12:00:00.000Z');

describe('driver_location over the socket', () => {
  it('publishes a driver\'s valid position as driver.location-reported, with the time it came in', () => {
    const { sent, publisher } = setUp();
    const ack = reportLocation(driver(), { lat: 4.05, lng: 9.7, heading: 90, speed: 30, accuracy: 8 }, { publisher, maxPerSecond: 5, now });
    expect(ack).toEqual({ ok: true });
    expect(sent).toEqual([{ driver_id: 'a1b2c3d4-0000-4000-8000-000000000001', lat: 4.05, lng: 9.7, heading: 90, speed: 30, accuracy: 8, reported_at: '2026-01-01T12:00:00.000Z' }]);
  });

  it.each(['customer', 'restaurant_owner', 'restaurant_staff', 'admin'] as const)('refuses a position from a %s', (role) => {
    const { sent, publisher } = setUp();
    const ack = reportLocation({ data: { actor: { user_id: 'u-1', role } } }, { lat: 4.05, lng: 9.7 }, { publisher, maxPerSecond: 5, now });
    expect(ack).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Only drivers report positions' } });
    expect(sent).toEqual([]);
  });

  it.each([
    [{ lat: 95, lng: 9.7 }],
    [{ lat: 4.05 }],
    [{ lat: '4.05', lng: 9.7 }],
    [{ lat: 4.05, lng: 9.7, speed: -1 }],
    [{ lat: 4.05, lng: 9.7, heading: 400 }],
    [null],
    ['4.05,9.7'],
  ])('refuses an invalid position %j', (body) => {
    const { sent, publisher } = setUp();
    const ack = reportLocation(driver(), body, { publisher, maxPerSecond: 5, now });
    expect(ack).toMatchObject({ ok: false, error: { code: 'VALIDATION_ERROR' } });
    expect(sent).toEqual([]);
  });

  it('takes at most LOCATION_MAX_PER_SECOND per socket each second, drops the rest, and takes more the next second', () => {
    const { sent, publisher } = setUp();
    const socket = driver();
    const acks = Array.from({ length: 8 }, (_, i) => reportLocation(socket, { lat: 4, lng: 9 + i / 100 }, { publisher, maxPerSecond: 5, now: now + i * 10 }));
    expect(acks.map((a) => a.ok)).toEqual([true, true, true, true, true, false, false, false]);
    expect(acks[5]).toMatchObject({ error: { code: 'RATE_LIMIT_EXCEEDED' } });
    expect(sent).toHaveLength(5);
    expect(reportLocation(socket, { lat: 4, lng: 9 }, { publisher, maxPerSecond: 5, now: now + 1000 }).ok).toBe(true);
  });

  it('says so when the position could not be passed on (no broker)', () => {
    const { publisher } = setUp(false);
    expect(reportLocation(driver(), { lat: 4, lng: 9 }, { publisher, maxPerSecond: 5, now })).toMatchObject({ ok: false, error: { code: 'SERVICE_UNAVAILABLE' } });
  });

  it('counts windows per socket', () => {
    const a: RateWindows = {};
    const b: RateWindows = {};
    expect([withinRate(a, 'locationWindow', 1, now), withinRate(a, 'locationWindow', 1, now + 1), withinRate(b, 'locationWindow', 1, now + 1), withinRate(a, 'joinWindow', 1, now + 1)]).toEqual([true, false, true, true]);
  });
});
