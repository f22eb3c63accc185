/** Transitional: the request shapes live in libs/contracts/src/requests/ordering; these names remain for the code not yet importing them from there. */
export {
  StaffCustomerRequest, StaffOrderLineRequest, StaffOrdersQueryRequest, StaffPlaceOrderRpcRequest as StaffPlaceOrderRequest,
  UpdateStaffOrderStatusRpcRequest as UpdateStaffOrderStatusRequest,
} from '@platter/contracts';
