import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { CommissionsReportQuery } from '@platter/contracts';
import { PayoutsRequest } from '../payouts/payouts.requests';

export class CommissionsReportRequest implements CommissionsReportQuery {
  /** Completion time, inclusive. */
  @IsOptional() @IsISO8601() from?: string;
  /** Completion time, exclusive. */
  @IsOptional() @IsISO8601() to?: string;
  @IsOptional() @IsUUID() restaurant_id?: string;
  @Type(() => Number) @IsInt() @Min(1) @Max(100000) page: number = 1;
  @Type(() => Number) @IsInt() @Min(1) @Max(100) limit: number = 20;
}

export class PayoutsReportRequest extends PayoutsRequest {}
