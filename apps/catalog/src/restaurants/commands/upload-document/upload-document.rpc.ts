import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { RestaurantDocumentView, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { RestaurantDocumentsService } from '../../documents/restaurant-documents.service';
import { UploadDocumentRequest } from './upload-document.request';

/** The owner or a manager uploads a KYC document (its type is checked by its bytes). */
@Controller()
export class UploadDocumentRpc {
  constructor(private readonly documents: RestaurantDocumentsService) {}

  @RpcEndpoint(RPC.catalog.uploadDocument)
  async handle(@Payload() req: RpcRequest<unknown>): Promise<RestaurantDocumentView> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff');
    return this.documents.upload(actor, validData(UploadDocumentRequest, req.data));
  }
}
