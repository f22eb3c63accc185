import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { RpcEndpoint } from '@platter/service-kit';
import { ProviderWebhookAnswer, ProviderWebhookData, RPC, RpcRequest } from '@platter/contracts';
import { ReceiveWebhookService } from './receive-webhook.service';

/** POST /payments/webhook/:provider, forwarded by the gateway with the raw body (providers carry no token). */
@Controller()
export class ReceiveWebhookRpc {
  constructor(private readonly webhooks: ReceiveWebhookService) {}

  @RpcEndpoint(RPC.payments.receiveWebhook)
  receive(@Payload() req: RpcRequest<ProviderWebhookData>): Promise<ProviderWebhookAnswer> {
    const data = (req?.data ?? {}) as ProviderWebhookData;
    return this.webhooks.receive({ provider: String(data.provider ?? ''), raw_body: data.raw_body, headers: data.headers ?? {}, query: data.query ?? {} });
  }
}
