import { distanceKm } from '../deliveries/domain/eta';
import { StraightLineRoutingProvider } from './straight-line.provider';

describe('straight-line routing', () => {
  const provider = new StraightLineRoutingProvider({ detourFactor: 1.3, speeds: { bicycle: 15, motorbike: 30 }, defaultSpeedKmh: 25 });
  const akwa = { lat: 4.05, lng: 9.7 };
  const bonanjo = { lat: 4.04, lng: 9.69 };

  it('is the great-circle distance times the detour factor', async () => {
    const route = await provider.route(akwa, bonanjo);
    expect(route.distance_km).toBeCloseTo(distanceKm(akwa, bonanjo) * 1.3, 2);
    expect(route.waypoints).toEqual([[4.05, 9.7], [4.04, 9.69]]);
  });

  it('times the way at the vehicle type’s speed, the default speed for others', async () => {
    const km = distanceKm(akwa, bonanjo) * 1.3;
    expect((await provider.route(akwa, bonanjo, { vehicle_type: 'bicycle' })).duration_minutes).toBeCloseTo((km / 15) * 60, 5);
    expect((await provider.route(akwa, bonanjo, { vehicle_type: 'motorbike' })).duration_minutes).toBeCloseTo((km / 30) * 60, 5);
    expect((await provider.route(akwa, bonanjo, { vehicle_type: 'van' })).duration_minutes).toBeCloseTo((km / 25) * 60, 5);
    expect((await provider.route(akwa, bonanjo)).duration_minutes).toBeCloseTo((km / 25) * 60, 5);
  });

  it('answers zero for a driver already there', async () => {
    expect(await provider.route(akwa, akwa)).toMatchObject({ distance_km: 0, duration_minutes: 0 });
  });
});
