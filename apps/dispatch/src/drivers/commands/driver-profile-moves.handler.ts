import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IsBoolean, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { DriverAvailabilityData, DriverLocationData, DriverProfileView, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, validData } from '@platter/service-kit';
import { SetAvailabilityService } from './set-availability/set-availability.service';
import { UpdateLocationService } from './update-location/update-location.service';

class AvailabilityRequest implements DriverAvailabilityData {
  @IsBoolean() online: boolean;
}

class LocationRequest implements DriverLocationData {
  @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-90) @Max(90) lat: number;
  @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-180) @Max(180) lng: number;
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(360) heading?: number;
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(400) speed?: number;
}

/** PUT /driver/availability, PUT /driver/location. */
@Controller()
export class DriverProfileMovesHandler {
  constructor(
    private readonly availability: SetAvailabilityService,
    private readonly location: UpdateLocationService,
  ) {}

  @MessagePattern(RPC.dispatch.setAvailability)
  setAvailability(@Payload() req: RpcRequest<unknown>): Promise<DriverProfileView> {
    const actor = requireActor(req, 'driver');
    return this.availability.set(actor, validData(AvailabilityRequest, req.data).online);
  }

  @MessagePattern(RPC.dispatch.updateLocation)
  updateLocation(@Payload() req: RpcRequest<unknown>): Promise<DriverProfileView> {
    const actor = requireActor(req, 'driver');
    const { lat, lng, heading, speed } = validData(LocationRequest, req.data);
    return this.location.update(actor, { lat, lng, heading, speed });
  }
}
