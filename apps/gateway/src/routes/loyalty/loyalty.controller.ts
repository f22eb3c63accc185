import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { LoyaltyHistoryEntry, LoyaltyPointsView, Page, PageRequest, RPC } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';

/** A customer's loyalty points: /client/loyalty/* → ordering. */
@ApiTags('client')
@Controller('client/loyalty')
export class LoyaltyController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('points')
  @Authenticated('customer')
  @ApiOperation({ summary: 'Your points: balance, its worth, tier and redemption options' })
  points(@CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<LoyaltyPointsView> {
    return this.rpc.call(RPC.ordering.loyaltyPoints, { actor: actorOf(actor), data: {} }, { correlationId: requestId });
  }

  @Get('history')
  @Authenticated('customer')
  @ApiOperation({ summary: 'Every movement of your points, newest first' })
  history(@Query() { page, limit }: PageRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<Page<LoyaltyHistoryEntry>> {
    return this.rpc.call(RPC.ordering.loyaltyHistory, { actor: actorOf(actor), data: { page, limit } }, { correlationId: requestId });
  }
}
