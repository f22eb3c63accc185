import { Controller, Get, Post, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyRequest } from 'fastify';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { DOCUMENT_KINDS, RPC, RestaurantDocumentView, ValidationFailedError } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { readMultipart } from '../../http/multipart-body';
import { RequestId } from '../../http/request-params';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';

/** Matches catalog's limit; checked here too so an oversized file never crosses the broker. */
const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/**
 * KYC documents. The gateway owns no data: it reads the (bounded) multipart body and forwards the
 * file's bytes, base64, in the RPC to catalog, which checks the type by its bytes and stores it.
 */
@ApiTags('restaurant')
@Controller('restaurant/documents')
export class RestaurantDocumentsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['kind', 'file'],
      properties: { kind: { type: 'string', enum: [...DOCUMENT_KINDS] }, file: { type: 'string', format: 'binary', description: 'PDF, JPEG or PNG, at most 5 MB' } },
    },
  })
  @ApiOperation({ summary: 'Upload a KYC document (owner or manager)' })
  async upload(@Req() req: FastifyRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<RestaurantDocumentView> {
    const form = await readMultipart(req.headers['content-type'], req.body);
    const file = form.files.file;
    if (!file) throw new ValidationFailedError([{ field: 'file', message: 'a file is required' }]);
    if (!(DOCUMENT_KINDS as readonly string[]).includes(form.fields.kind ?? '')) throw new ValidationFailedError([{ field: 'kind', message: `must be one of ${DOCUMENT_KINDS.join(', ')}` }]);
    if (file.bytes.length > MAX_DOCUMENT_BYTES) throw new ValidationFailedError([{ field: 'file', message: 'must be at most 5 MB' }], 'Invalid document: the file is larger than 5 MB');
    return this.rpc.call(
      RPC.catalog.uploadDocument,
      { actor: actorOf(actor), data: { kind: form.fields.kind, file_name: file.fileName || 'document', content_base64: file.bytes.toString('base64') } },
      { correlationId: requestId },
    );
  }

  @Get()
  @Authenticated('restaurant_owner', 'restaurant_staff')
  @ApiOperation({ summary: "Your restaurant's KYC documents" })
  list(@CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<RestaurantDocumentView[]> {
    return this.rpc.call(RPC.catalog.listMyDocuments, { actor: actorOf(actor), data: {} }, { correlationId: requestId });
  }
}
