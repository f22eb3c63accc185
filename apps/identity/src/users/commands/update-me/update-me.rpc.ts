import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CurrentUser, RPC, RpcRequest, UpdateMeData } from '@platter/contracts';
import { requireActor, RpcEndpoint } from '@platter/service-kit';
import { UpdateMeService } from './update-me.service';

@Controller()
export class UpdateMeRpc {
  constructor(private readonly updateMe: UpdateMeService) {}

  /** The body is checked by the service against the gateway's UpdateMeRequest, unknown fields included (validProfileUpdate). */
  @RpcEndpoint(RPC.identity.updateMe)
  update(@Payload() req: RpcRequest<UpdateMeData>): Promise<CurrentUser> {
    const actor = requireActor(req);
    const data = typeof req.data === 'object' && req.data !== null ? req.data : {};
    return this.updateMe.update(actor, data);
  }
}
