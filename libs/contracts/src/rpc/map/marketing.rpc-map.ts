import { Page, PageQuery } from '../catalog';
import { CrmCustomerView } from '../marketing';
import { RpcContract } from '../rpc-contract';
import { RPC } from '../rpc-patterns';

/**
 * marketing's request/reply patterns with the request each takes and the result it answers. The gateway's
 * RpcClient.call and the service's @RpcEndpoint are both typed from this map.
 */
export interface MarketingRpcMap {
  [RPC.marketing.listCustomers]: RpcContract<Partial<PageQuery>, Page<CrmCustomerView>>;
}
