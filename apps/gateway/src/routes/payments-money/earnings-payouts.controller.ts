import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import {
  CommissionsReport,
  CommissionsReportRequest,
  DriverEarningView,
  DriverEarningsRequest,
  DriverEarningsSummary,
  MyPayoutsRequest,
  Page,
  PayoutView,
  PayoutsReport,
  PayoutsRequest,
  RPC,
  RequestDriverPayoutBody,
  RunPayoutsRequest,
  SetPayoutStatusBody,
  WalletQueryRequest,
} from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { ApiRequiredIdempotencyKey, RequestId, RequiredIdempotencyKey } from '../../http/request-params';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';
import { IdRequest as IdParamDto } from '@platter/contracts';

@ApiTags('driver')
@Controller('driver')
export class DriverEarningsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('earnings')
  @Authenticated('driver')
  @ApiOperation({ summary: 'Your earnings per delivery, newest first' })
  earnings(@Query() query: DriverEarningsRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<Page<DriverEarningView>> {
    return this.rpc.call(RPC.payments.driverEarnings, { actor: actorOf(actor), data: { ...query } }, { correlationId: requestId });
  }

  @Get('earnings/summary')
  @Authenticated('driver')
  @ApiOperation({ summary: 'Today, this week, this month, in total, and the balance you can be paid' })
  summary(@Query() query: WalletQueryRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<DriverEarningsSummary> {
    return this.rpc.call(RPC.payments.driverEarningsSummary, { actor: actorOf(actor), data: { ...query } }, { correlationId: requestId });
  }

  @Post('payouts/request')
  @Authenticated('driver')
  @ApiOperation({ summary: 'Ask to be paid (at most your available balance; 422 INSUFFICIENT_BALANCE)' })
  @ApiRequiredIdempotencyKey()
  request(
    @Body() body: RequestDriverPayoutBody,
    @RequiredIdempotencyKey() idempotencyKey: string,
    @CurrentActor() actor: VerifiedActor,
    @RequestId() requestId: string,
  ): Promise<PayoutView> {
    const data = { ...body, idempotency_key: idempotencyKey };
    return this.rpc.call(RPC.payments.requestDriverPayout, { actor: actorOf(actor), data }, { correlationId: requestId });
  }

  @Get('payouts')
  @Authenticated('driver')
  @ApiOperation({ summary: 'Your payouts, newest first' })
  payouts(@Query() query: MyPayoutsRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<Page<PayoutView>> {
    return this.rpc.call(RPC.payments.listMyPayouts, { actor: actorOf(actor), data: { ...query } }, { correlationId: requestId });
  }
}

@ApiTags('admin')
@Controller('admin')
export class AdminMoneyController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('payouts/run')
  @HttpCode(200)
  @Authenticated('admin')
  @ApiOperation({ summary: "Group due commission records into restaurant payouts now (the job does it on PAYOUT_RUN_INTERVAL_MINUTES)" })
  run(@Body() body: RunPayoutsRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<{ payouts: PayoutView[] }> {
    return this.rpc.call(RPC.payments.adminRunPayouts, { actor: actorOf(actor), data: { ...body } }, { correlationId: requestId });
  }

  @Get('payouts')
  @Authenticated('admin')
  @ApiOperation({ summary: 'Payouts to restaurants and drivers' })
  payouts(@Query() query: PayoutsRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<Page<PayoutView>> {
    return this.rpc.call(RPC.payments.adminListPayouts, { actor: actorOf(actor), data: { ...query } }, { correlationId: requestId });
  }

  @Put('payouts/:id/status')
  @Authenticated('admin')
  @ApiOperation({ summary: 'Record a pending payout paid (transfer made by finance) or failed (the money goes back to the payee)' })
  setStatus(@Param() { id }: IdParamDto, @Body() body: SetPayoutStatusBody, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<PayoutView> {
    return this.rpc.call(RPC.payments.adminSetPayoutStatus, { actor: actorOf(actor), data: { id, ...body } }, { correlationId: requestId });
  }

  @Get('reports/commissions')
  @Authenticated('admin')
  @ApiOperation({ summary: 'Commission records (by completion time, restaurant) with their totals' })
  commissions(@Query() query: CommissionsReportRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<CommissionsReport> {
    return this.rpc.call(RPC.payments.commissionsReport, { actor: actorOf(actor), data: { ...query } }, { correlationId: requestId });
  }

  @Get('reports/payouts')
  @Authenticated('admin')
  @ApiOperation({ summary: 'Payouts (by creation time, payee, status) with their totals' })
  payoutsReport(@Query() query: PayoutsRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<PayoutsReport> {
    return this.rpc.call(RPC.payments.payoutsReport, { actor: actorOf(actor), data: { ...query } }, { correlationId: requestId });
  }
}
