import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { RestaurantDocumentContent, RestaurantDocumentRefRequest, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { RestaurantDocumentsService } from '../../documents/restaurant-documents.service';

/** An admin reads one KYC document of one restaurant, with its content. */
@Controller()
export class AdminGetDocumentRpc {
  constructor(private readonly documents: RestaurantDocumentsService) {}

  @RpcEndpoint(RPC.catalog.adminGetDocument)
  async handle(@Payload() req: RpcRequest<unknown>): Promise<RestaurantDocumentContent> {
    requireActor(req, 'admin');
    const ref = validData(RestaurantDocumentRefRequest, req.data);
    return this.documents.read(ref.restaurant_id, ref.document_id);
  }
}
