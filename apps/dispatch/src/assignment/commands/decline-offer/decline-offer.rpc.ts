import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DeclinedOfferView, RPC, RpcRequest } from '@platter/contracts';
import { IdRequest, requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { DeclineOfferService } from './decline-offer.service';

/** POST /driver/orders/:id/decline (:id is the order's id). */
@Controller()
export class DeclineOfferRpc {
  constructor(private readonly declineOffer: DeclineOfferService) {}

  @RpcEndpoint(RPC.dispatch.declineOrder)
  decline(@Payload() req: RpcRequest<unknown>): Promise<DeclinedOfferView> {
    const actor = requireActor(req, 'driver');
    return this.declineOffer.decline(actor, validData(IdRequest, req.data).id);
  }
}
