import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { CurrentUser, MyRestaurantMembership, RPC } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';
import { UpdateMeDto } from './dto/update-me.dto';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('me')
  @Authenticated()
  @ApiOperation({ summary: 'The signed-in user, with their preferences' })
  me(@CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<CurrentUser> {
    return this.rpc.call(RPC.identity.me, { actor: actorOf(actor), data: {} }, { correlationId: requestId });
  }

  @Put('me')
  @Authenticated()
  @ApiOperation({ summary: 'Change your name (or full_name), phone and preferences; email, password and role are not changed here' })
  updateMe(@Body() body: UpdateMeDto, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<CurrentUser> {
    return this.rpc.call(RPC.identity.updateMe, { actor: actorOf(actor), data: { ...body } }, { correlationId: requestId });
  }

  @Get('me/restaurants')
  @Authenticated()
  @ApiOperation({ summary: 'The restaurants you may act for; switch with POST /auth/refresh {refresh_token, restaurant_id}' })
  myRestaurants(@CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<MyRestaurantMembership[]> {
    return this.rpc.call(RPC.identity.myMemberships, { actor: actorOf(actor), data: {} }, { correlationId: requestId });
  }
}
