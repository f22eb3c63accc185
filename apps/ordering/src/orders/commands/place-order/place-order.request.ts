/** Transitional: the request shapes live in libs/contracts/src/requests/ordering; these names remain for the code not yet importing them from there. */
export { DeliveryAddressRequest, OrderLineRequest, PlaceOrderRpcRequest as PlaceOrderRequest } from '@platter/contracts';
