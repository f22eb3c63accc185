import { ValidateBy } from 'class-validator';

/** A decimal env variable (km, factors) between min and max; one readable message like @platter/config's rules. */
export function NumberInRange(min: number, max: number): PropertyDecorator {
  return ValidateBy({
    name: 'numberInRange',
    validator: {
      validate: (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max,
      defaultMessage: () => `must be a number between ${min} and ${max}`,
    },
  });
}

const SPEED_LIST = /^\s*[a-z_]+\s*:\s*\d+(\.\d+)?\s*(,\s*[a-z_]+\s*:\s*\d+(\.\d+)?\s*)*$/;

/** `type:km/h,type:km/h` (ROUTE_VEHICLE_SPEEDS_KMH). */
export function SpeedList(): PropertyDecorator {
  return ValidateBy({
    name: 'speedList',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && SPEED_LIST.test(value) && Object.values(parseSpeedList(value)).every((v) => v > 0 && v <= 200),
      defaultMessage: () => 'must be a comma-separated list of vehicle_type:km/h (each speed above 0 and at most 200), e.g. bicycle:15,car:25',
    },
  });
}

export function parseSpeedList(value: string): Record<string, number> {
  const speeds: Record<string, number> = {};
  for (const part of value.split(',')) {
    const [type, speed] = part.split(':').map((s) => s.trim());
    if (type && speed) speeds[type] = Number(speed);
  }
  return speeds;
}
