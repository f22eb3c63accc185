import type {
  PublicMenuView, PublicRestaurantDetail, PublicRestaurantRef, PublicRestaurantSummary, PublicRestaurantsQuery,
} from '../browse';
import type {
  AdminRestaurantDetail, AdminRestaurantsQuery, CategoryView, ChangePlanData, CreateCategoryData, CreateMenuItemData,
  CreateRestaurantData, IdData, MenuItemView, Page, RestaurantDocumentContent, RestaurantDocumentRef, RestaurantDocumentView,
  RestaurantReviewData, RestaurantSubscriptionView, RestaurantView, SubscriptionPlanView, UpdateRestaurantProfileData,
  UploadRestaurantDocumentData,
} from '../catalog';
import type { CreateDeliveryZoneData, DeliveryQuote, DeliveryQuoteQuery, DeliveryZoneView, UpdateDeliveryZoneData } from '../catalog-zones';
import type {
  BulkPriceData, CreateNamedCategoryItemData, ListMenuItemsData, MenuImportData, MenuImportResult, MenuItemListing, ReorderCategoriesData,
  RestaurantMenu, SetItemAvailabilityData, UpdateCategoryData, UpdateMenuItemData, UpdateNamedCategoryItemData,
} from '../menu';
import type { RpcContract } from '../rpc-contract';
import { RPC } from '../rpc-patterns';

/** Nothing to send: the actor is the whole question. */
type NoData = Record<string, never>;
type Deleted = { deleted: true };

/**
 * catalog's request/reply patterns with the request each takes and the result it answers. The gateway's
 * RpcClient.call and the service's @RpcEndpoint are both typed from this map.
 */
export interface CatalogRpcMap {
  [RPC.catalog.createRestaurant]: RpcContract<CreateRestaurantData, RestaurantView>;
  [RPC.catalog.myRestaurant]: RpcContract<NoData, RestaurantView>;
  [RPC.catalog.approveRestaurant]: RpcContract<IdData, RestaurantView>;
  [RPC.catalog.updateProfile]: RpcContract<UpdateRestaurantProfileData, RestaurantView>;
  [RPC.catalog.rejectRestaurant]: RpcContract<RestaurantReviewData, RestaurantView>;
  [RPC.catalog.suspendRestaurant]: RpcContract<RestaurantReviewData, RestaurantView>;
  [RPC.catalog.reinstateRestaurant]: RpcContract<IdData, RestaurantView>;
  [RPC.catalog.reapplyRestaurant]: RpcContract<NoData, RestaurantView>;
  [RPC.catalog.adminListRestaurants]: RpcContract<Partial<AdminRestaurantsQuery>, Page<RestaurantView>>;
  [RPC.catalog.adminGetRestaurant]: RpcContract<IdData, AdminRestaurantDetail>;
  [RPC.catalog.uploadDocument]: RpcContract<UploadRestaurantDocumentData, RestaurantDocumentView>;
  [RPC.catalog.listMyDocuments]: RpcContract<NoData, RestaurantDocumentView[]>;
  [RPC.catalog.adminGetDocument]: RpcContract<RestaurantDocumentRef, RestaurantDocumentContent>;
  [RPC.catalog.getSubscription]: RpcContract<NoData, RestaurantSubscriptionView>;
  [RPC.catalog.listSubscriptionPlans]: RpcContract<NoData, SubscriptionPlanView[]>;
  [RPC.catalog.changeSubscriptionPlan]: RpcContract<ChangePlanData, RestaurantSubscriptionView>;
  [RPC.catalog.confirmSubscriptionPlan]: RpcContract<IdData, RestaurantSubscriptionView>;
  [RPC.catalog.listPublic]: RpcContract<Partial<PublicRestaurantsQuery>, Page<PublicRestaurantSummary>>;
  [RPC.catalog.getPublic]: RpcContract<PublicRestaurantRef, PublicRestaurantDetail>;
  [RPC.catalog.publicMenu]: RpcContract<PublicRestaurantRef, PublicMenuView>;
  [RPC.catalog.createCategory]: RpcContract<CreateCategoryData, CategoryView>;
  [RPC.catalog.createItem]: RpcContract<CreateMenuItemData, MenuItemView>;
  [RPC.catalog.myMenu]: RpcContract<NoData, RestaurantMenu>;
  [RPC.catalog.updateCategory]: RpcContract<UpdateCategoryData, CategoryView>;
  [RPC.catalog.deleteCategory]: RpcContract<IdData, Deleted>;
  [RPC.catalog.reorderCategories]: RpcContract<ReorderCategoriesData, CategoryView[]>;
  [RPC.catalog.updateItem]: RpcContract<UpdateMenuItemData, MenuItemView>;
  [RPC.catalog.deleteItem]: RpcContract<IdData, Deleted>;
  [RPC.catalog.setItemAvailability]: RpcContract<SetItemAvailabilityData, MenuItemView>;
  [RPC.catalog.bulkPrice]: RpcContract<BulkPriceData, { items: MenuItemView[] }>;
  [RPC.catalog.importMenu]: RpcContract<MenuImportData, MenuImportResult>;
  // The /products routes in the menu's vocabulary: the gateway translates their camelCase (and sends DELETE /products/:id as deleteItem).
  [RPC.catalog.listProducts]: RpcContract<Partial<ListMenuItemsData>, Page<MenuItemListing>>;
  [RPC.catalog.getProduct]: RpcContract<IdData, MenuItemListing>;
  [RPC.catalog.createProduct]: RpcContract<CreateNamedCategoryItemData, MenuItemListing>;
  [RPC.catalog.updateProduct]: RpcContract<UpdateNamedCategoryItemData, MenuItemListing>;
  [RPC.catalog.createZone]: RpcContract<CreateDeliveryZoneData, DeliveryZoneView>;
  [RPC.catalog.listMyZones]: RpcContract<NoData, DeliveryZoneView[]>;
  [RPC.catalog.updateZone]: RpcContract<UpdateDeliveryZoneData, DeliveryZoneView>;
  [RPC.catalog.deleteZone]: RpcContract<IdData, Deleted>;
  [RPC.catalog.deliveryQuote]: RpcContract<DeliveryQuoteQuery, DeliveryQuote>;
}
