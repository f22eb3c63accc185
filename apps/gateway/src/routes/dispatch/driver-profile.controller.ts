import { Body, Controller, Get, Post, Put, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyRequest } from 'fastify';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { DRIVER_DOCUMENT_TYPES, DriverDocumentType, DriverDocumentView, DriverAvailabilityRequest, DriverLocationRequest, DriverProfileView, RPC, UpdateDriverProfileRequest, ValidationFailedError } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { readMultipart } from '../../http/multipart-body';
import { RequestId } from '../../http/request-params';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';

/** Matches dispatch's limit; checked here too so an oversized file never crosses the broker. */
const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

const isDriverDocumentType = (value: string): value is DriverDocumentType => (DRIVER_DOCUMENT_TYPES as readonly string[]).includes(value);

/** The driver's own profile, documents, availability and position (dispatch). */
@ApiTags('driver')
@Controller('driver')
export class DriverProfileController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('profile')
  @Authenticated('driver')
  @ApiOperation({ summary: 'Your driver profile: status (with the rejection or suspension reason), vehicle, documents, online, last position, deliveries in hand' })
  profile(@CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<DriverProfileView> {
    return this.rpc.call(RPC.dispatch.driverProfile, { actor: actorOf(actor), data: {} }, { correlationId: requestId });
  }

  @Put('profile')
  @Authenticated('driver')
  @ApiOperation({ summary: 'Your vehicle, licence number and contact; a rejected driver who changes them is reviewed again (pending)' })
  updateProfile(@Body() body: UpdateDriverProfileRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<DriverProfileView> {
    return this.rpc.call(RPC.dispatch.updateDriverProfile, { actor: actorOf(actor), data: { ...body } }, { correlationId: requestId });
  }

  @Post('documents')
  @Authenticated('driver')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['type', 'file'],
      properties: { type: { type: 'string', enum: [...DRIVER_DOCUMENT_TYPES] }, file: { type: 'string', format: 'binary', description: 'PDF, JPEG or PNG, at most 5 MB' } },
    },
  })
  @ApiOperation({ summary: 'Upload a KYC document (ID card, driving licence, vehicle registration, insurance) for the review' })
  async uploadDocument(@Req() req: FastifyRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<DriverDocumentView> {
    const form = await readMultipart(req.headers['content-type'], req.body);
    const file = form.files.file;
    if (!file) throw new ValidationFailedError([{ field: 'file', message: 'a file is required' }]);
    const type = form.fields.type ?? '';
    if (!isDriverDocumentType(type)) {
      throw new ValidationFailedError([{ field: 'type', message: `must be one of ${DRIVER_DOCUMENT_TYPES.join(', ')}` }]);
    }
    if (file.bytes.length > MAX_DOCUMENT_BYTES) throw new ValidationFailedError([{ field: 'file', message: 'must be at most 5 MB' }], 'Invalid document: the file is larger than 5 MB');
    return this.rpc.call(
      RPC.dispatch.uploadDriverDocument,
      { actor: actorOf(actor), data: { type, file_name: file.fileName || 'document', content_base64: file.bytes.toString('base64') } },
      { correlationId: requestId },
    );
  }

  @Put('availability')
  @Authenticated('driver')
  @ApiOperation({ summary: 'Go online (offered work; approved drivers only, else 422 DRIVER_NOT_APPROVED) or offline' })
  availability(@Body() body: DriverAvailabilityRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<DriverProfileView> {
    return this.rpc.call(RPC.dispatch.setAvailability, { actor: actorOf(actor), data: { ...body } }, { correlationId: requestId });
  }

  @Put('location')
  @Authenticated('driver')
  @ApiOperation({ summary: 'Your latest position: kept in the trail of your deliveries, shown live to their customers; the first after pickup puts the delivery in transit' })
  location(@Body() body: DriverLocationRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<DriverProfileView> {
    return this.rpc.call(RPC.dispatch.updateLocation, { actor: actorOf(actor), data: { ...body } }, { correlationId: requestId });
  }
}
