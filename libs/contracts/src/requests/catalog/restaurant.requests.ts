import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize, IsArray, IsEmail, IsIn, IsNotEmpty, IsNumber, IsObject, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateIf,
} from 'class-validator';
import type { HoursException, WeeklyHours } from '../../menu/opening-hours';
import type {
  AdminRestaurantsQuery, ChangePlanData, CreateRestaurantData, RestaurantDocumentRef, RestaurantReviewData, RestaurantView,
  UpdateRestaurantProfileData,
} from '../../rpc/catalog';
import { IsPhoneNumber } from '../field-rules';
import { PageRequest } from '../common';

/** A restaurant's public address: lower-case letters, digits and single dashes. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const RESTAURANT_STATUSES = ['pending', 'approved', 'rejected', 'suspended'] as const;
export const SUBSCRIPTION_PLAN_NAMES = ['basic', 'premium', 'enterprise'] as const;
/** What a restaurant's KYC document is (the bytes' checks live in @platter/storage). */
export const DOCUMENT_KINDS = ['business_license', 'identity_document', 'tax_certificate', 'health_certificate', 'other'] as const;

const present = (_: object, value: unknown) => value !== undefined && value !== null;
const CURRENCY = { pattern: /^[A-Z]{3}$/, message: 'currency must be an ISO 4217 code such as XAF' };

/** POST /restaurant/profile: the application; it stays pending until an admin approves it. */
export class CreateRestaurantRequest implements CreateRestaurantData {
  @ApiProperty({ example: 'Chez Awa', maxLength: 200 })
  @IsString() @IsNotEmpty() @MaxLength(200) name: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional() @IsString() @MaxLength(2000) description?: string;

  @ApiProperty({ example: 'Bonanjo, Douala', maxLength: 500 })
  @IsString() @IsNotEmpty() @MaxLength(500) address: string;

  @ApiPropertyOptional({ minimum: -90, maximum: 90, example: 4.05 })
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-90) @Max(90) latitude?: number;

  @ApiPropertyOptional({ minimum: -180, maximum: 180, example: 9.7 })
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-180) @Max(180) longitude?: number;

  @IsPhoneNumber('phone', { optional: true, description: 'Stored in E.164; a Cameroonian or Egyptian national form is accepted' })
  phone?: string;

  @ApiPropertyOptional({ example: 'contact@chezawa.cm' })
  @IsOptional() @IsEmail() email?: string;

  @ApiPropertyOptional({ example: 'XAF', description: 'ISO 4217; fixed once the restaurant is approved or has priced items' })
  @IsOptional() @Matches(CURRENCY.pattern, { message: CURRENCY.message }) currency?: string;
}

/** PUT /restaurant/profile: send only what changes; null clears description, coordinates, phone, email. Hours are checked by catalog. */
export class UpdateRestaurantProfileRequest implements UpdateRestaurantProfileData {
  @ApiPropertyOptional({ example: 'Chez Awa', maxLength: 200 })
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) name?: string;

  @ApiPropertyOptional({ example: 'chez-awa', maxLength: 80, description: 'Unique; 409 CONFLICT when another restaurant has it' })
  @IsOptional() @Matches(SLUG_PATTERN, { message: 'slug must be lower-case letters, digits and single dashes' }) @MaxLength(80) slug?: string;

  @ApiPropertyOptional({ nullable: true, maxLength: 2000 })
  @ValidateIf(present) @IsString() @MaxLength(2000) description?: string | null;

  @ApiPropertyOptional({ example: 'Bonanjo, Douala', maxLength: 500 })
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(500) address?: string;

  @ApiPropertyOptional({ nullable: true, minimum: -90, maximum: 90 })
  @ValidateIf(present) @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-90) @Max(90) latitude?: number | null;

  @ApiPropertyOptional({ nullable: true, minimum: -180, maximum: 180 })
  @ValidateIf(present) @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-180) @Max(180) longitude?: number | null;

  @IsPhoneNumber('phone', { optional: true, description: 'Stored in E.164; null clears it' })
  phone?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @ValidateIf(present) @IsEmail() email?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['grill', 'cameroonian'] })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(40, { each: true }) cuisine_tags?: string[];

  @ApiPropertyOptional({ example: 'Africa/Douala', description: 'IANA time zone the hours are read in' })
  @IsOptional() @IsString() @MaxLength(64) timezone?: string;

  @ApiPropertyOptional({ example: { mon: [['08:00', '22:00']], fri: [['18:00', '02:00']] }, description: 'Local time; a missing day is closed' })
  @IsOptional() @IsObject() opening_hours?: WeeklyHours;

  @ApiPropertyOptional({ example: [{ date: '2026-12-25', hours: [] }], description: 'Replace the weekday hours on those dates' })
  @IsOptional() @IsArray() @ArrayMaxSize(366) hours_exceptions?: HoursException[];

  @ApiPropertyOptional({ example: 'XAF', description: 'ISO 4217; fixed once the restaurant is approved or has priced items' })
  @IsOptional() @Matches(CURRENCY.pattern, { message: CURRENCY.message }) currency?: string;

  @ApiPropertyOptional({ example: { en: { name: 'At Awa' }, fr: { name: 'Chez Awa' } } })
  @IsOptional() @IsObject() translations?: RestaurantView['translations'];
}

/** Why an admin rejects or suspends a restaurant; the owner sees it. */
export class RestaurantReviewBody {
  @ApiProperty({ example: 'The business licence is unreadable', maxLength: 1000 })
  @IsString() @IsNotEmpty() @MaxLength(1000) reason: string;
}

/** The review with the restaurant's id from the path. */
export class RestaurantReviewRequest extends RestaurantReviewBody implements RestaurantReviewData {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
}

/** GET /admin/restaurants: oldest first, optionally of one status. */
export class AdminRestaurantsRequest extends PageRequest implements AdminRestaurantsQuery {
  @ApiPropertyOptional({ enum: RESTAURANT_STATUSES })
  @IsOptional() @IsIn(RESTAURANT_STATUSES) status?: RestaurantView['status'];
}

/** GET /admin/restaurants/:id/documents/:documentId. */
export class DocumentParamRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() documentId: string;
}

/** The same reference as catalog reads it. */
export class RestaurantDocumentRefRequest implements RestaurantDocumentRef {
  @IsUUID() restaurant_id: string;
  @IsUUID() document_id: string;
}

/** POST /restaurant/subscription/upgrade. */
export class ChangePlanRequest implements ChangePlanData {
  @ApiProperty({ enum: SUBSCRIPTION_PLAN_NAMES })
  @IsIn(SUBSCRIPTION_PLAN_NAMES) plan: RestaurantView['subscription_plan'];
}
