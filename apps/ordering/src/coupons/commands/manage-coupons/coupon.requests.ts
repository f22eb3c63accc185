/** Transitional: the request shapes live in libs/contracts/src/requests/ordering; these names remain for the code not yet importing them from there. */
export {
  CouponIdRpcRequest as CouponIdRequest, CreateCouponRpcRequest as CreateCouponRequest, ListCouponsRpcRequest as ListCouponsRequest,
  UpdateCouponRequest as CouponPatchRequest, UpdateCouponRpcRequest as UpdateCouponRequest,
} from '@platter/contracts';
