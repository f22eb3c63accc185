import { RpcContract } from './rpc-contract';
import { RPC } from './rpc-patterns';
import { CatalogRpcMap } from './map/catalog.rpc-map';
import { DispatchRpcMap } from './map/dispatch.rpc-map';
import { IdentityRpcMap } from './map/identity.rpc-map';
import { KitchenRpcMap } from './map/kitchen.rpc-map';
import { MarketingRpcMap } from './map/marketing.rpc-map';
import { NotificationsRpcMap } from './map/notifications.rpc-map';
import { OrderingRpcMap } from './map/ordering.rpc-map';
import { PaymentsRpcMap } from './map/payments.rpc-map';

/** Every RPC pattern of the fleet, keyed by its string, with its request and result types. */
export type RpcMap = IdentityRpcMap & CatalogRpcMap & OrderingRpcMap & KitchenRpcMap & DispatchRpcMap & PaymentsRpcMap & NotificationsRpcMap & MarketingRpcMap;

/** Every pattern named in `RPC`. */
export type RpcPatternName = { [S in keyof typeof RPC]: (typeof RPC)[S][keyof (typeof RPC)[S]] }[keyof typeof RPC];

/** The patterns the map types. */
export type RpcPattern = keyof RpcMap & string;

/** The `data` a pattern takes. */
export type RpcRequestOf<P extends RpcPattern> = RpcMap[P] extends RpcContract<infer Q, unknown> ? Q : never;

/** What a pattern answers. */
export type RpcResultOf<P extends RpcPattern> = RpcMap[P] extends RpcContract<unknown, infer R> ? R : never;
