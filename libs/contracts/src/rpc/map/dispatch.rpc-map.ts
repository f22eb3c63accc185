/**
 * dispatch's request/reply patterns with the request each takes and the result it answers. The gateway's
 * RpcClient.call and the service's @RpcEndpoint are both typed from this map.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DispatchRpcMap {}
