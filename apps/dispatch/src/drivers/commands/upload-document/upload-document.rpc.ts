import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DriverDocumentView, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { DriverDocumentsService } from '../../documents/driver-documents.service';
import { UploadDriverDocumentRequest } from '../../documents/upload-driver-document.request';

/** POST /driver/documents: the gateway reads the multipart upload and forwards the bytes (base64). */
@Controller()
export class UploadDocumentRpc {
  constructor(private readonly documents: DriverDocumentsService) {}

  @RpcEndpoint(RPC.dispatch.uploadDriverDocument)
  uploadDocument(@Payload() req: RpcRequest<unknown>): Promise<DriverDocumentView> {
    const actor = requireActor(req, 'driver');
    return this.documents.upload(actor, validData(UploadDriverDocumentRequest, req.data));
  }
}
