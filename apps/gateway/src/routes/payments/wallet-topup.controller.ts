import { Body, Controller, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { CheckoutView, RPC, WalletTopupBody } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { ApiRequiredIdempotencyKey, RequestId, RequiredIdempotencyKey } from '../../http/request-params';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';

/** POST /client/wallet/topup: money into the wallet through a provider; credited when the provider confirms. */
@ApiTags('client')
@Controller('client/wallet')
export class WalletTopupController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('topup')
  @Authenticated('customer')
  @ApiRequiredIdempotencyKey('same key and body → the first answer again (no second top-up); same key, other body → 422; while the first is running → 409')
  @ApiOperation({ summary: 'Top the wallet up by mobile money or card' })
  topup(@Body() body: WalletTopupBody, @RequiredIdempotencyKey() key: string, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<CheckoutView> {
    return this.rpc.call(RPC.payments.topUpWallet, { actor: actorOf(actor), data: { ...body, idempotency_key: key } }, { correlationId: requestId });
  }
}
