import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { RestaurantDocumentView, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint } from '@platter/service-kit';
import { RestaurantDocumentsService } from '../../documents/restaurant-documents.service';

/** The KYC documents of the restaurant the actor works for. */
@Controller()
export class ListMyDocumentsRpc {
  constructor(private readonly documents: RestaurantDocumentsService) {}

  @RpcEndpoint(RPC.catalog.listMyDocuments)
  async handle(@Payload() req: RpcRequest<unknown>): Promise<RestaurantDocumentView[]> {
    return this.documents.listMine(requireActor(req, 'restaurant_owner', 'restaurant_staff'));
  }
}
