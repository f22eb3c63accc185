import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { IdData, PageQuery } from '../rpc/catalog';

/**
 * Request shapes every domain uses: a page of a list, an id in the path and the Idempotency-Key. The
 * gateway binds them (`@Query()`, `@Param()`) and the services check them with `validData()`.
 */

/** `?page=1&limit=20`, limit at most 100; numbers given as query-string text are accepted. */
export class PageRequest implements PageQuery {
  @ApiPropertyOptional({ default: 1, minimum: 1, maximum: 100000 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  page: number = 1;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;
}

/** An aggregate's id, from the path (`/:id`) or a message. */
export class IdRequest implements IdData {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}

/** "true"/"1" and "false"/"0" from a query string; anything else stays as given and fails @IsBoolean. */
export function queryBoolean({ value }: { value: unknown }): unknown {
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return value;
}

/** A boolean query parameter (`?flagged=true`); pair it with @IsBoolean(). */
export const QueryBoolean = (): PropertyDecorator => Transform(queryBoolean);

/** What an Idempotency-Key may be: 1 to 255 printable ASCII characters (no spaces or controls). */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** The Idempotency-Key the gateway adds to an RPC from the header (it refuses a POST without one); never part of a body. */
export function IsIdempotencyKey(): PropertyDecorator {
  return (target, key) => {
    Matches(IDEMPOTENCY_KEY_PATTERN, { message: 'idempotency_key must be 1 to 255 visible ASCII characters' })(target, key);
    IsOptional()(target, key);
  };
}
