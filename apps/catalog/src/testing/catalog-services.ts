// Medium tests only: catalog's feature modules built by Nest, as catalogModule() wires them (without
// the platform), over a throwaway schema, with ports a test replaces passed as overrides.
import { EventPublisher } from '@platter/messaging';
import { PortOverride, ThrowawaySchema, createFeatureTestingModule } from '@platter/testing';
import { BrowseModule } from '../browse/browse.module';
import { GetPublicMenuRpc } from '../browse/queries/get-public-menu/get-public-menu.rpc';
import { GetPublicRestaurantRpc } from '../browse/queries/get-public-restaurant/get-public-restaurant.rpc';
import { ListPublicRestaurantsRpc } from '../browse/queries/list-public-restaurants/list-public-restaurants.rpc';
import { CatalogConfig } from '../catalog.config';
import { CategoryAnnouncer } from '../menu/category-announcer';
import { BulkUpdatePricesService } from '../menu/commands/bulk-update-prices/bulk-update-prices.service';
import { CreateCategoryService } from '../menu/commands/create-category/create-category.service';
import { CreateMenuItemService } from '../menu/commands/create-item/create-menu-item.service';
import { DeleteCategoryService } from '../menu/commands/delete-category/delete-category.service';
import { DeleteMenuItemService } from '../menu/commands/delete-item/delete-menu-item.service';
import { ImportMenuService } from '../menu/commands/import-menu/import-menu.service';
import { RecordItemOrdersService } from '../menu/commands/record-item-orders/record-item-orders.service';
import { ReorderCategoriesService } from '../menu/commands/reorder-categories/reorder-categories.service';
import { SetItemAvailabilityService } from '../menu/commands/set-item-availability/set-item-availability.service';
import { UpdateCategoryService } from '../menu/commands/update-category/update-category.service';
import { UpdateMenuItemService } from '../menu/commands/update-item/update-menu-item.service';
import { ItemVariant } from '../menu/item-variant.entity';
import { MenuCategory } from '../menu/menu-category.entity';
import { MenuItemWriter } from '../menu/menu-item-writer';
import { MenuItem } from '../menu/menu-item.entity';
import { MenuModule } from '../menu/menu.module';
import { ModifierGroup } from '../menu/modifier-group.entity';
import { ModifierOption } from '../menu/modifier-option.entity';
import { catalogMigrations } from '../migrations';
import { CreateProductService } from '../products/commands/create-product/create-product.service';
import { UpdateProductService } from '../products/commands/update-product/update-product.service';
import { ProductCategories } from '../products/product-categories';
import { ProductsModule } from '../products/products.module';
import { ApproveRestaurantService } from '../restaurants/commands/approve-restaurant/approve-restaurant.service';
import { ChangePlanService } from '../restaurants/commands/change-plan/change-plan.service';
import { CreateRestaurantService } from '../restaurants/commands/create-restaurant/create-restaurant.service';
import { ReviewRestaurantService } from '../restaurants/commands/review-restaurant/review-restaurant.service';
import { UpdateProfileService } from '../restaurants/commands/update-profile/update-profile.service';
import { RestaurantDocument } from '../restaurants/documents/restaurant-document.entity';
import { RestaurantDocumentsService } from '../restaurants/documents/restaurant-documents.service';
import { Restaurant } from '../restaurants/restaurant.entity';
import { RestaurantsModule } from '../restaurants/restaurants.module';
import { CreateZoneService } from '../zones/commands/create-zone/create-zone.service';
import { DeleteZoneService } from '../zones/commands/delete-zone/delete-zone.service';
import { UpdateZoneService } from '../zones/commands/update-zone/update-zone.service';
import { DeliveryZone } from '../zones/delivery-zone.entity';
import { ZonesModule } from '../zones/zones.module';

/** Catalog's feature modules, as catalogModule() imports them (without the platform). */
export const CATALOG_FEATURES = [RestaurantsModule, MenuModule, ProductsModule, BrowseModule, ZonesModule];

/** Catalog's entities and migrations, for a throwaway schema. */
export const CATALOG_DATABASE = {
  entities: [Restaurant, RestaurantDocument, MenuCategory, MenuItem, ItemVariant, ModifierGroup, ModifierOption, DeliveryZone],
  migrations: catalogMigrations,
};

/**
 * Catalog's use cases over `db` (the test made it and drops it), built by Nest from catalog's own
 * feature modules, so a constructor change is made once, in the module. `get` reaches any other
 * provider or RPC adapter; the browse cache is never connected (lifecycle hooks do not run) unless a
 * test overrides BrowseCache with one it connected.
 */
export async function catalogServices(db: ThrowawaySchema, config: CatalogConfig = new CatalogConfig(), overrides: PortOverride[] = []) {
  const bed = await createFeatureTestingModule({ service: 'catalog', database: db, imports: CATALOG_FEATURES, config, overrides });
  const get = bed.get;
  return {
    module: bed.module,
    get,
    /** Closes the module (the schema stays: the test drops it). */
    close: bed.close,
    config,
    events: get(EventPublisher),
    createRestaurant: get(CreateRestaurantService),
    approveRestaurant: get(ApproveRestaurantService),
    reviewRestaurant: get(ReviewRestaurantService),
    updateProfile: get(UpdateProfileService),
    documents: get(RestaurantDocumentsService),
    changePlan: get(ChangePlanService),
    writer: get(MenuItemWriter),
    categories: get(CategoryAnnouncer),
    createCategory: get(CreateCategoryService),
    updateCategory: get(UpdateCategoryService),
    deleteCategory: get(DeleteCategoryService),
    reorderCategories: get(ReorderCategoriesService),
    createItem: get(CreateMenuItemService),
    updateItem: get(UpdateMenuItemService),
    deleteItem: get(DeleteMenuItemService),
    setAvailability: get(SetItemAvailabilityService),
    bulkPrices: get(BulkUpdatePricesService),
    importMenu: get(ImportMenuService),
    recordItemOrders: get(RecordItemOrdersService),
    productCategories: get(ProductCategories),
    createProduct: get(CreateProductService),
    updateProduct: get(UpdateProductService),
    createZone: get(CreateZoneService),
    updateZone: get(UpdateZoneService),
    deleteZone: get(DeleteZoneService),
    browse: { list: get(ListPublicRestaurantsRpc), restaurant: get(GetPublicRestaurantRpc), menu: get(GetPublicMenuRpc) },
  };
}

export type CatalogServices = Awaited<ReturnType<typeof catalogServices>>;
