import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { JwksResult, RPC } from '@platter/contracts';
import { SigningKeys } from '../../../signing-keys/signing-keys.service';

/** The public keys the gateway verifies access tokens with. */
@Controller()
export class GetJwksHandler {
  constructor(private readonly keys: SigningKeys) {}

  @MessagePattern(RPC.identity.jwks)
  async jwks(): Promise<JwksResult> {
    return { keys: await this.keys.publicKeys() };
  }
}
