import { IdData, Page } from '../catalog';
import {
  KitchenItemAvailabilityData, KitchenItemView, ListTicketsData, RestaurantConfigData, RestaurantConfigView, RestaurantSettingView, TicketForOrderData, TicketView,
} from '../kitchen';
import { RpcContract } from '../rpc-contract';
import { RPC } from '../rpc-patterns';

/**
 * kitchen's request/reply patterns with the request each takes and the result it answers. The gateway's
 * RpcClient.call and the service's @RpcEndpoint are both typed from this map.
 */
export interface KitchenRpcMap {
  [RPC.kitchen.listItems]: RpcContract<Record<string, never>, KitchenItemView[]>;
  [RPC.kitchen.setItemAvailability]: RpcContract<IdData & KitchenItemAvailabilityData, KitchenItemView>;
  [RPC.kitchen.listTickets]: RpcContract<ListTicketsData, Page<TicketView>>;
  [RPC.kitchen.startTicket]: RpcContract<IdData, TicketView>;
  [RPC.kitchen.readyTicket]: RpcContract<IdData, TicketView>;
  [RPC.kitchen.startTicketForOrder]: RpcContract<TicketForOrderData, TicketView>;
  [RPC.kitchen.readyTicketForOrder]: RpcContract<TicketForOrderData, TicketView>;
  [RPC.kitchen.getConfig]: RpcContract<Pick<RestaurantConfigData, 'restaurant_id'>, RestaurantConfigView>;
  [RPC.kitchen.setConfig]: RpcContract<RestaurantConfigData & { key: string }, RestaurantSettingView>;
  [RPC.kitchen.resetConfig]: RpcContract<Pick<RestaurantConfigData, 'restaurant_id'> & { key: string }, RestaurantSettingView>;
}
