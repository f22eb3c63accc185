import { ListNotificationLogsData, NotificationLogView } from '../notifications';
import { RpcContract } from '../rpc-contract';
import { RPC } from '../rpc-patterns';

/**
 * notifications's request/reply patterns with the request each takes and the result it answers. The gateway's
 * RpcClient.call and the service's @RpcEndpoint are both typed from this map.
 */
export interface NotificationsRpcMap {
  [RPC.notifications.listLogs]: RpcContract<ListNotificationLogsData, NotificationLogView[]>;
}
