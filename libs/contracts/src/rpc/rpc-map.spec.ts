import { RPC } from './rpc-patterns';
import { RpcPattern, RpcPatternName } from './rpc-map';

// Compile-time checks: `npm run typecheck` fails when a pattern of RPC has no entry in RpcMap
// (its request and result would be untyped) or when the map names a pattern RPC does not.
type Equal<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const everyPatternIsMapped: Equal<Exclude<RpcPatternName, RpcPattern>, never> = true;
const everyMappedPatternExists: Equal<Exclude<RpcPattern, RpcPatternName>, never> = true;

describe('RpcMap', () => {
  it('types every pattern of RPC, and nothing else', () => {
    expect(everyPatternIsMapped).toBe(true);
    expect(everyMappedPatternExists).toBe(true);
  });

  it('names each pattern after the service that answers it', () => {
    for (const [service, patterns] of Object.entries(RPC)) {
      for (const pattern of Object.values(patterns)) expect(pattern.split('.')[0]).toBe(service);
    }
  });
});
