import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DriverAvailabilityRequest, DriverDocumentView, DriverLocationRequest, DriverProfileView, RPC, RpcRequest, UpdateDriverProfileRequest } from '@platter/contracts';
import { requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { DriverDocumentsService } from '../documents/driver-documents.service';
import { UploadDriverDocumentRequest } from '../documents/upload-driver-document.request';
import { SetAvailabilityService } from './set-availability/set-availability.service';
import { UpdateDriverProfileService } from './update-profile/update-profile.service';
import { UpdateLocationService } from './update-location/update-location.service';

/** PUT /driver/profile, POST /driver/documents, PUT /driver/availability, PUT /driver/location. */
@Controller()
export class DriverProfileMovesHandler {
  constructor(
    private readonly availability: SetAvailabilityService,
    private readonly location: UpdateLocationService,
    private readonly profile: UpdateDriverProfileService,
    private readonly documents: DriverDocumentsService,
  ) {}

  @RpcEndpoint(RPC.dispatch.updateDriverProfile)
  updateProfile(@Payload() req: RpcRequest<unknown>): Promise<DriverProfileView> {
    const actor = requireActor(req, 'driver');
    return this.profile.update(actor, validData(UpdateDriverProfileRequest, req.data));
  }

  @RpcEndpoint(RPC.dispatch.uploadDriverDocument)
  uploadDocument(@Payload() req: RpcRequest<unknown>): Promise<DriverDocumentView> {
    const actor = requireActor(req, 'driver');
    return this.documents.upload(actor, validData(UploadDriverDocumentRequest, req.data));
  }

  @RpcEndpoint(RPC.dispatch.setAvailability)
  setAvailability(@Payload() req: RpcRequest<unknown>): Promise<DriverProfileView> {
    const actor = requireActor(req, 'driver');
    return this.availability.set(actor, validData(DriverAvailabilityRequest, req.data).online);
  }

  @RpcEndpoint(RPC.dispatch.updateLocation)
  updateLocation(@Payload() req: RpcRequest<unknown>): Promise<DriverProfileView> {
    const actor = requireActor(req, 'driver');
    const { lat, lng, heading, speed } = validData(DriverLocationRequest, req.data);
    return this.location.update(actor, { lat, lng, heading, speed });
  }
}
