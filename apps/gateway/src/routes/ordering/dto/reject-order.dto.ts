/** Transitional: the body of PUT /restaurant/orders/:id/reject is the shared request class in libs/contracts. */
export { RejectOrderRequest as RejectOrderDto } from '@platter/contracts';
