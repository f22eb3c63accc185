import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CurrentUser, RPC, RpcRequest, UpdateMeData } from '@platter/contracts';
import { requireActor } from '@platter/service-kit';
import { UpdateMeService } from './update-me.service';

@Controller()
export class UpdateMeHandler {
  constructor(private readonly updateMe: UpdateMeService) {}

  /** The body is re-checked field by field (checkProfileUpdate), unknown fields included. */
  @MessagePattern(RPC.identity.updateMe)
  update(@Payload() req: RpcRequest<UpdateMeData>): Promise<CurrentUser> {
    const actor = requireActor(req);
    const data = typeof req.data === 'object' && req.data !== null ? req.data : {};
    return this.updateMe.update(actor, data);
  }
}
