import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { DriverProfileView, RPC } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';
import { DriverAvailabilityDto, DriverLocationDto } from './dto/driver.dto';

/** The driver's own profile, availability and position (dispatch). */
@ApiTags('driver')
@Controller('driver')
export class DriverProfileController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('profile')
  @Authenticated('driver')
  @ApiOperation({ summary: 'Your driver profile: status, vehicle, online, last position, deliveries in hand' })
  profile(@CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<DriverProfileView> {
    return this.rpc.call(RPC.dispatch.driverProfile, { actor: actorOf(actor), data: {} }, { correlationId: requestId });
  }

  @Put('availability')
  @Authenticated('driver')
  @ApiOperation({ summary: 'Go online (offered ready orders) or offline' })
  availability(@Body() body: DriverAvailabilityDto, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<DriverProfileView> {
    return this.rpc.call(RPC.dispatch.setAvailability, { actor: actorOf(actor), data: { ...body } }, { correlationId: requestId });
  }

  @Put('location')
  @Authenticated('driver')
  @ApiOperation({ summary: 'Your latest position: kept in the trail of your deliveries, shown live to their customers; the first after pickup puts the delivery in transit' })
  location(@Body() body: DriverLocationDto, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<DriverProfileView> {
    return this.rpc.call(RPC.dispatch.updateLocation, { actor: actorOf(actor), data: { ...body } }, { correlationId: requestId });
  }
}
