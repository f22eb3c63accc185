import { Module } from '@nestjs/common';
import { ActingRestaurants } from './acting-restaurant';
import { RestaurantRepository } from './restaurant.repository';

/**
 * The restaurants table and the acting-restaurant check, which every feature working for a
 * restaurant needs (its menu, its zones, its profile). A module of its own so that those features
 * depend on it without depending on onboarding, which itself moves a restaurant's zones.
 */
@Module({
  providers: [RestaurantRepository, ActingRestaurants],
  exports: [RestaurantRepository, ActingRestaurants],
})
export class RestaurantAccessModule {}
