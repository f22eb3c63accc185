import { Controller } from '@nestjs/common';
import { JwksResult, RPC } from '@platter/contracts';
import { RpcEndpoint } from '@platter/service-kit';
import { SigningKeys } from '../../../signing-keys/signing-keys.service';

/** The public keys the gateway verifies access tokens with. */
@Controller()
export class GetJwksRpc {
  constructor(private readonly keys: SigningKeys) {}

  @RpcEndpoint(RPC.identity.jwks)
  async jwks(): Promise<JwksResult> {
    return { keys: await this.keys.publicKeys() };
  }
}
