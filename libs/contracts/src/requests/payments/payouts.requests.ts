import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Length } from 'class-validator';
import { CommissionsReportQuery, MyPayoutsQuery, PayoutStatus, PayoutsQuery, RequestDriverPayoutData, RunPayoutsData, SetPayoutStatusData } from '../../rpc/payments';
import { IsEntityId, IsMoneyAmount, IsPhoneNumber } from '../field-rules';
import { IsIdempotencyKey, PageRequest } from '../common';
import { IsCurrencyCode } from './common';

/** The largest payout a driver may ask for at once, in minor units. */
export const MAX_DRIVER_PAYOUT = 100_000_000;

const PAYOUT_STATUSES = ['pending', 'paid', 'failed'] as const;
const PAYEE_TYPES = ['restaurant', 'driver'] as const;

/** Body of POST /driver/payouts/request. */
export class RequestDriverPayoutBody {
  @IsMoneyAmount({ max: MAX_DRIVER_PAYOUT, description: 'Minor units; at most the available balance' })
  amount: number;

  @IsPhoneNumber('phone', { optional: true, description: 'Mobile-money number the finance team pays; the driver’s own by default' })
  phone?: string;
}

/** The request as payments checks it: the body, a currency for callers inside the fleet, the Idempotency-Key header. */
export class RequestDriverPayoutRequest extends RequestDriverPayoutBody implements RequestDriverPayoutData {
  @IsCurrencyCode()
  currency?: string;

  @IsIdempotencyKey()
  idempotency_key?: string;
}

/** GET /driver/payouts. */
export class MyPayoutsRequest extends PageRequest implements MyPayoutsQuery {
  @ApiPropertyOptional({ enum: PAYOUT_STATUSES })
  @IsOptional()
  @IsIn(PAYOUT_STATUSES)
  status?: PayoutStatus;
}

/** GET /admin/payouts and GET /admin/reports/payouts (creation time: from inclusive, to exclusive). */
export class PayoutsRequest extends MyPayoutsRequest implements PayoutsQuery {
  @ApiPropertyOptional({ enum: PAYEE_TYPES })
  @IsOptional()
  @IsIn(PAYEE_TYPES)
  payee_type?: 'restaurant' | 'driver';

  @IsEntityId({ optional: true })
  payee_id?: string;

  @ApiPropertyOptional({ example: '2025-09-01T00:00:00Z' })
  @IsOptional()
  @IsISO8601()
  from?: string;

  @ApiPropertyOptional({ example: '2025-10-01T00:00:00Z' })
  @IsOptional()
  @IsISO8601()
  to?: string;
}

/** Body of POST /admin/payouts/run. */
export class RunPayoutsRequest implements RunPayoutsData {
  @ApiPropertyOptional({ description: 'Pay out records due up to this time (default now)' })
  @IsOptional()
  @IsISO8601()
  as_of?: string;
}

/** Body of PUT /admin/payouts/:id/status. */
export class SetPayoutStatusBody {
  @ApiProperty({ enum: ['paid', 'failed'] })
  @IsIn(['paid', 'failed'])
  status: 'paid' | 'failed';

  @ApiPropertyOptional({ example: 'MOMO-2025-0917-001', description: 'The transfer reference' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  reference?: string;

  @ApiPropertyOptional({ example: 'Number not registered for mobile money' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  reason?: string;
}

/** The decision as payments checks it: the body and the path's payout id. */
export class SetPayoutStatusRequest extends SetPayoutStatusBody implements SetPayoutStatusData {
  @IsEntityId()
  id: string;
}

/** GET /admin/reports/commissions (completion time: from inclusive, to exclusive). */
export class CommissionsReportRequest extends PageRequest implements CommissionsReportQuery {
  @ApiPropertyOptional({ example: '2025-09-01T00:00:00Z', description: 'Completed at or after' })
  @IsOptional()
  @IsISO8601()
  from?: string;

  @ApiPropertyOptional({ example: '2025-10-01T00:00:00Z', description: 'Completed before' })
  @IsOptional()
  @IsISO8601()
  to?: string;

  @IsEntityId({ optional: true })
  restaurant_id?: string;
}

/** GET /driver/earnings. */
export class DriverEarningsRequest extends PageRequest {}

