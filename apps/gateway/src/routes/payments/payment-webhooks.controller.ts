import { Controller, Get, Headers, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@platter/auth';
import { ProviderWebhookAnswer, RPC, WebhookProviderParams } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { RequestWithRawBody } from './webhook-raw-body';
import { RateLimit } from '../../rate-limit/rate-limit.decorator';

/** The headers payments may need to verify a webhook (signatures) or to keep in its receipt. */
const FORWARDED_HEADERS = ['content-type', 'user-agent', 'stripe-signature', 'noupay-signature'];

/**
 * One webhook endpoint for every provider. Providers carry no token: payments verifies each one's signature
 * over the exact body received (400 WEBHOOK_SIGNATURE_INVALID otherwise). CamPay calls its webhook
 * URL with GET and query parameters, hence the GET twin.
 */
@ApiTags('payments')
@Controller('payments/webhook')
export class PaymentWebhooksController {
  constructor(private readonly rpc: RpcClient) {}

  @Post(':provider')
  @Public()
  @RateLimit('webhook', 'ip')
  @HttpCode(200)
  @ApiOperation({ summary: 'A payment provider’s webhook (campay, noupay, stripe, paymob), verified by its signature' })
  post(
    @Param() { provider }: WebhookProviderParams,
    @Req() req: RequestWithRawBody,
    @Headers() headers: Record<string, string | string[] | undefined>,
    @Query() query: Record<string, unknown>,
    @RequestId() requestId: string,
  ): Promise<ProviderWebhookAnswer> {
    return this.forward(provider, req.rawBody ?? '', headers, query, requestId);
  }

  @Get(':provider')
  @Public()
  @RateLimit('webhook', 'ip')
  @ApiExcludeEndpoint()
  get(
    @Param() { provider }: WebhookProviderParams,
    @Headers() headers: Record<string, string | string[] | undefined>,
    @Query() query: Record<string, unknown>,
    @RequestId() requestId: string,
  ): Promise<ProviderWebhookAnswer> {
    return this.forward(provider, '', headers, query, requestId);
  }

  private forward(provider: string, rawBody: string, headers: Record<string, string | string[] | undefined>, query: Record<string, unknown>, requestId: string): Promise<ProviderWebhookAnswer> {
    const kept: Record<string, string> = {};
    for (const name of FORWARDED_HEADERS) {
      const value = headers[name];
      if (typeof value === 'string') kept[name] = value;
    }
    const flatQuery: Record<string, string> = {};
    for (const [k, v] of Object.entries(query ?? {})) if (typeof v === 'string') flatQuery[k] = v;
    return this.rpc.call(RPC.payments.receiveWebhook, { actor: null, data: { provider, raw_body: rawBody, headers: kept, query: flatQuery } }, { correlationId: requestId });
  }
}
