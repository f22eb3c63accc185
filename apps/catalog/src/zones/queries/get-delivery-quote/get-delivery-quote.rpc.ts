import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DeliveryQuote, DeliveryQuoteQuery, DeliveryQuoteRequest, RPC, RpcRequest } from '@platter/contracts';
import { RpcEndpoint, validData } from '@platter/service-kit';
import { GetDeliveryQuoteService } from './get-delivery-quote.service';

/** What delivering to a point costs; no actor needed (the quote is public, like the restaurant). */
@Controller()
export class GetDeliveryQuoteRpc {
  constructor(private readonly deliveryQuote: GetDeliveryQuoteService) {}

  @RpcEndpoint(RPC.catalog.deliveryQuote)
  async handle(@Payload() req: RpcRequest<DeliveryQuoteQuery>): Promise<DeliveryQuote> {
    const { id, lat, lng } = validData(DeliveryQuoteRequest, req?.data);
    return this.deliveryQuote.quote(id, lat, lng);
  }
}
