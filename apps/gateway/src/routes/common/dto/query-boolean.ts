import { Transform } from 'class-transformer';

/** "true"/"1" and "false"/"0" from a query string; anything else stays as given and fails @IsBoolean. */
export function queryBoolean({ value }: { value: unknown }): unknown {
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return value;
}

/** A boolean query parameter (`?flagged=true`); pair it with @IsBoolean(). */
export const QueryBoolean = (): PropertyDecorator => Transform(queryBoolean);
