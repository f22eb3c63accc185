/** One request/reply contract: what the caller sends as `data` and what the service answers. */
export interface RpcContract<Request, Result> {
  request: Request;
  result: Result;
}
