import { MessagePattern } from '@nestjs/microservices';
import { RpcPattern, RpcResultOf } from '@platter/contracts';

/**
 * `@MessagePattern` for a pattern of RpcMap, whose method must answer that pattern's result type:
 * the service and the gateway are typed from the same map. The request is still checked at run
 * time with `validData()` (a message is untrusted input), so its parameter stays `RpcRequest<unknown>`.
 */
export function RpcEndpoint<P extends RpcPattern>(pattern: P) {
  return <M extends (...args: any[]) => Promise<RpcResultOf<P>> | RpcResultOf<P>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<M>): void => {
    MessagePattern(pattern)(target, key, descriptor);
  };
}
