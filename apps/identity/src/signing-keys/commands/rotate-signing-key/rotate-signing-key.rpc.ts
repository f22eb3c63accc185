import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { RPC, RpcRequest, SigningKeyRotated } from '@platter/contracts';
import { requireActor } from '@platter/service-kit';
import { RotateSigningKeyService } from './rotate-signing-key.service';

@Controller()
export class RotateSigningKeyHandler {
  constructor(private readonly rotateSigningKey: RotateSigningKeyService) {}

  @MessagePattern(RPC.identity.adminRotateSigningKey)
  rotate(@Payload() req: RpcRequest<unknown>): Promise<SigningKeyRotated> {
    return this.rotateSigningKey.rotate(requireActor(req, 'admin'));
  }
}
