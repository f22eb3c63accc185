import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { ReferralInvitationView, ReferralStatsView, RPC, SendReferralRequest } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';

/** A customer's referrals: /client/referrals/* → ordering. */
@ApiTags('client')
@Controller('client/referrals')
export class ReferralsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('send')
  @Authenticated('customer')
  @ApiOperation({ summary: 'Invite someone (email or phone) with your referral code; the answer carries the message to share' })
  send(@Body() body: SendReferralRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<ReferralInvitationView> {
    return this.rpc.call(RPC.ordering.referralSend, { actor: actorOf(actor), data: { ...body } }, { correlationId: requestId });
  }

  @Get('stats')
  @Authenticated('customer')
  @ApiOperation({ summary: 'Your referral code, invitations, sign-ups, first orders and points earned' })
  stats(@CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<ReferralStatsView> {
    return this.rpc.call(RPC.ordering.referralStats, { actor: actorOf(actor), data: {} }, { correlationId: requestId });
  }
}
