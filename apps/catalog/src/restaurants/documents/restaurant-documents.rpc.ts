import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { RestaurantDocumentRefRequest, RPC, RestaurantDocumentContent, RestaurantDocumentView, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { RestaurantDocumentsService } from './restaurant-documents.service';
import { UploadDocumentRequest } from './upload-document.request';

@Controller()
export class RestaurantDocumentsRpc {
  constructor(private readonly documents: RestaurantDocumentsService) {}

  @RpcEndpoint(RPC.catalog.uploadDocument)
  async upload(@Payload() req: RpcRequest<unknown>): Promise<RestaurantDocumentView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    return this.documents.upload(actor, validData(UploadDocumentRequest, req.data));
  }

  @RpcEndpoint(RPC.catalog.listMyDocuments)
  async listMine(@Payload() req: RpcRequest<unknown>): Promise<RestaurantDocumentView[]> {
    return this.documents.listMine(requireActor(req, 'restaurant_owner', 'restaurant_staff'));
  }

  @RpcEndpoint(RPC.catalog.adminGetDocument)
  async read(@Payload() req: RpcRequest<unknown>): Promise<RestaurantDocumentContent> {
    requireActor(req, 'admin');
    const ref = validData(RestaurantDocumentRefRequest, req.data);
    return this.documents.read(ref.restaurant_id, ref.document_id);
  }
}
