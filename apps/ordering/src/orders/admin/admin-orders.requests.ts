/** Transitional: the request shapes live in libs/contracts/src/requests/ordering; these names remain for the code not yet importing them from there. */
export {
  AdminOrdersQueryRequest as AdminOrdersRequest, AdminRefundOrderRpcRequest as AdminRefundOrderRequest, AdminSagaCompensateRpcRequest as AdminCompensateRequest,
  AdminSagaResumeRpcRequest as AdminSagaActionRequest, AdminSetOrderStatusRpcRequest as AdminSetOrderStatusRequest,
} from '@platter/contracts';
