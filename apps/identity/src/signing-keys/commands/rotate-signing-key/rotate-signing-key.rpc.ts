import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { RPC, RpcRequest, SigningKeyRotated } from '@platter/contracts';
import { requireActor, RpcEndpoint } from '@platter/service-kit';
import { RotateSigningKeyService } from './rotate-signing-key.service';

@Controller()
export class RotateSigningKeyRpc {
  constructor(private readonly rotateSigningKey: RotateSigningKeyService) {}

  @RpcEndpoint(RPC.identity.adminRotateSigningKey)
  rotate(@Payload() req: RpcRequest<unknown>): Promise<SigningKeyRotated> {
    return this.rotateSigningKey.rotate(requireActor(req, 'admin'));
  }
}
