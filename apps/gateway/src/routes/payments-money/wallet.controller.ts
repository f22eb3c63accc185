import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { ChargeWalletRequest, CreditWalletBody, Page, PaymentView, RPC, WalletCreditView, WalletEntriesRequest, WalletEntryView, WalletQueryRequest, WalletUserParams, WalletView } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { ApiRequiredIdempotencyKey, RequestId, RequiredIdempotencyKey } from '../../http/request-params';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';

@ApiTags('wallet')
@Controller()
export class WalletController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('client/wallet')
  @Authenticated('customer')
  @ApiOperation({ summary: 'Your wallet: balance, currency and the latest entries' })
  get(@Query() query: WalletQueryRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<WalletView> {
    return this.rpc.call(RPC.payments.getWallet, { actor: actorOf(actor), data: { ...query } }, { correlationId: requestId });
  }

  @Get('client/wallet/transactions')
  @Authenticated('customer')
  @ApiOperation({ summary: "Your wallet's entries, newest first" })
  entries(@Query() query: WalletEntriesRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<Page<WalletEntryView>> {
    return this.rpc.call(RPC.payments.listWalletEntries, { actor: actorOf(actor), data: { ...query } }, { correlationId: requestId });
  }

  @Post('payments/wallet/charge')
  @HttpCode(200)
  @Authenticated('customer')
  @ApiOperation({ summary: "Pay one of your wallet orders whose payment is still open from the wallet (idempotent); 422 INSUFFICIENT_BALANCE" })
  charge(@Body() body: ChargeWalletRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<PaymentView> {
    return this.rpc.call(RPC.payments.chargeWallet, { actor: actorOf(actor), data: { order_id: body.order_id } }, { correlationId: requestId });
  }

  @Get('admin/wallets/:user_id')
  @Authenticated('admin')
  @ApiOperation({ summary: "A customer's wallet" })
  adminGet(@Param() { user_id }: WalletUserParams, @Query() query: WalletQueryRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<WalletView> {
    return this.rpc.call(RPC.payments.adminGetWallet, { actor: actorOf(actor), data: { user_id, ...query } }, { correlationId: requestId });
  }

  @Post('admin/wallets/:user_id/credit')
  @Authenticated('admin')
  @ApiOperation({ summary: "Credit a customer's wallet (goodwill; recorded with the admin and the reason)" })
  @ApiRequiredIdempotencyKey()
  credit(
    @Param() { user_id }: WalletUserParams,
    @Body() body: CreditWalletBody,
    @RequiredIdempotencyKey() idempotencyKey: string,
    @CurrentActor() actor: VerifiedActor,
    @RequestId() requestId: string,
  ): Promise<WalletCreditView> {
    const data = { user_id, ...body, idempotency_key: idempotencyKey };
    return this.rpc.call(RPC.payments.adminCreditWallet, { actor: actorOf(actor), data }, { correlationId: requestId });
  }
}
