import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, VerifiedActor } from '@platter/auth';
import { CurrentUser, MyRestaurantMembership, OtpSent, PhoneCodeRequest, RPC, UpdateMeRequest } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { SuccessMessage } from '../../http/success-envelope';
import { RateLimit } from '../../rate-limit/rate-limit.decorator';
import { Authenticated } from '../common/access';
import { actorOf } from '../common/actor-of';

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
  updateMe(@Body() body: UpdateMeRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<CurrentUser> {
    return this.rpc.call(RPC.identity.updateMe, { actor: actorOf(actor), data: { ...body } }, { correlationId: requestId });
  }

  @Get('me/restaurants')
  @Authenticated()
  @ApiOperation({ summary: 'The restaurants you may act for; switch with POST /auth/refresh {refresh_token, restaurant_id}' })
  myRestaurants(@CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<MyRestaurantMembership[]> {
    return this.rpc.call(RPC.identity.myMemberships, { actor: actorOf(actor), data: {} }, { correlationId: requestId });
  }

  @Post('me/phone/verification')
  @Authenticated()
  @HttpCode(200)
  @RateLimit('otp', 'user')
  @SuccessMessage('A code is on its way to your phone')
  @ApiOperation({ summary: 'Text a code to your phone, to prove it is yours (then it can sign you in with /auth/otp)' })
  requestPhoneVerification(@CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<OtpSent> {
    return this.rpc.call(RPC.identity.phoneVerificationRequest, { actor: actorOf(actor), data: {} }, { correlationId: requestId });
  }

  @Post('me/phone/verify')
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({ summary: 'Send back the code texted to your phone' })
  verifyPhone(@Body() body: PhoneCodeRequest, @CurrentActor() actor: VerifiedActor, @RequestId() requestId: string): Promise<CurrentUser> {
    return this.rpc.call(RPC.identity.phoneVerify, { actor: actorOf(actor), data: body }, { correlationId: requestId });
  }
}
