import {
  AdminDeliveriesData, AssignDeliveryData, AvailableDeliveryView, DeclinedOfferView, NearbyDriverView, NearbyDriversData, OperatorDeliveryView,
  RestaurantDeliveriesData,
} from '../assignment';
import { IdData, Page, PageQuery } from '../catalog';
import {
  AdminDriverDetail, AdminDriversQuery, AdminDriverView, DeliverOrderData, DeliveryView, DriverAvailabilityData, DriverDeliveryView,
  DriverDocumentContent, DriverDocumentRefData, DriverDocumentView, DriverLocationData, DriverProfileView, DriverReviewData, ListDeliveriesData,
  UpdateDriverProfileData, UploadDriverDocumentData,
} from '../dispatch';
import { RpcContract } from '../rpc-contract';
import { RPC } from '../rpc-patterns';
import { DeliveryTrackingView, OrderTrackingData } from '../tracking';

/** A pattern whose request carries nothing but the actor. */
type NoData = Record<string, never>;

/**
 * dispatch's request/reply patterns with the request each takes and the result it answers. The gateway's
 * RpcClient.call and the service's @RpcEndpoint are both typed from this map.
 */
export interface DispatchRpcMap {
  [RPC.dispatch.listDeliveries]: RpcContract<ListDeliveriesData, DeliveryView[]>;
  [RPC.dispatch.driverProfile]: RpcContract<NoData, DriverProfileView>;
  [RPC.dispatch.setAvailability]: RpcContract<DriverAvailabilityData, DriverProfileView>;
  [RPC.dispatch.updateLocation]: RpcContract<DriverLocationData, DriverProfileView>;
  [RPC.dispatch.availableOrders]: RpcContract<NoData, AvailableDeliveryView[]>;
  /** :id is the order's id. */
  [RPC.dispatch.acceptOrder]: RpcContract<IdData, DriverDeliveryView>;
  [RPC.dispatch.pickupOrder]: RpcContract<IdData, DriverDeliveryView>;
  [RPC.dispatch.deliverOrder]: RpcContract<DeliverOrderData, DriverDeliveryView>;
  [RPC.dispatch.currentOrders]: RpcContract<NoData, DriverDeliveryView[]>;
  [RPC.dispatch.orderHistory]: RpcContract<Partial<PageQuery>, Page<DriverDeliveryView>>;
  [RPC.dispatch.declineOrder]: RpcContract<IdData, DeclinedOfferView>;
  [RPC.dispatch.assignDelivery]: RpcContract<AssignDeliveryData, OperatorDeliveryView>;
  [RPC.dispatch.restaurantDeliveries]: RpcContract<RestaurantDeliveriesData, Page<OperatorDeliveryView>>;
  [RPC.dispatch.adminDeliveries]: RpcContract<AdminDeliveriesData, Page<OperatorDeliveryView>>;
  [RPC.dispatch.nearbyDrivers]: RpcContract<NearbyDriversData, NearbyDriverView[]>;
  [RPC.dispatch.updateDriverProfile]: RpcContract<UpdateDriverProfileData, DriverProfileView>;
  [RPC.dispatch.uploadDriverDocument]: RpcContract<UploadDriverDocumentData, DriverDocumentView>;
  [RPC.dispatch.adminListDrivers]: RpcContract<AdminDriversQuery, Page<AdminDriverView>>;
  [RPC.dispatch.adminGetDriver]: RpcContract<IdData, AdminDriverDetail>;
  [RPC.dispatch.adminGetDriverDocument]: RpcContract<DriverDocumentRefData, DriverDocumentContent>;
  [RPC.dispatch.approveDriver]: RpcContract<IdData, AdminDriverView>;
  [RPC.dispatch.rejectDriver]: RpcContract<DriverReviewData, AdminDriverView>;
  [RPC.dispatch.suspendDriver]: RpcContract<DriverReviewData, AdminDriverView>;
  [RPC.dispatch.reinstateDriver]: RpcContract<IdData, AdminDriverView>;
  [RPC.dispatch.deliveryTracking]: RpcContract<OrderTrackingData, DeliveryTrackingView>;
}
