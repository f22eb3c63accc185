import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ReferralInvitationView, RPC, RpcRequest, SendReferralData, SendReferralRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { SendReferralService } from './send-referral.service';

/** POST /client/referrals/send. */
@Controller()
export class SendReferralRpc {
  constructor(private readonly sendReferral: SendReferralService) {}

  @RpcEndpoint(RPC.ordering.referralSend)
  send(@Payload() req: RpcRequest<SendReferralData>): Promise<ReferralInvitationView> {
    const actor = requireActor(req, 'customer');
    return this.sendReferral.send(actor, validData(SendReferralRequest, req.data));
  }
}
