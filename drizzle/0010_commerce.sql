CREATE TABLE "climate_orders" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"amount_fees" bigint NOT NULL,
	"amount_subtotal" bigint NOT NULL,
	"amount_total" bigint NOT NULL,
	"beneficiary" jsonb,
	"canceled_at" timestamp (3) with time zone,
	"cancellation_reason" text,
	"certificate" text,
	"confirmed_at" timestamp (3) with time zone,
	"currency" text NOT NULL,
	"delayed_at" timestamp (3) with time zone,
	"delivered_at" timestamp (3) with time zone,
	"delivery_details" jsonb NOT NULL,
	"expected_delivery_year" bigint NOT NULL,
	"metadata" jsonb NOT NULL,
	"metric_tons" text NOT NULL,
	"product" text NOT NULL,
	"product_substituted_at" timestamp (3) with time zone,
	"status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entitlements_active_entitlements" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"feature" text NOT NULL,
	"lookup_key" text NOT NULL,
	"customer" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entitlements_features" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"active" boolean NOT NULL,
	"lookup_key" text NOT NULL,
	"metadata" jsonb NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product_features" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"entitlement_feature" text NOT NULL,
	"product" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"amount_subtotal" bigint NOT NULL,
	"amount_total" bigint NOT NULL,
	"automatic_tax" jsonb,
	"billing_details" jsonb,
	"client_secret" text,
	"currency" text NOT NULL,
	"customer" text,
	"description" text,
	"discounts" jsonb,
	"ip_address" text,
	"line_items" jsonb,
	"metadata" jsonb,
	"payment" jsonb NOT NULL,
	"shipping_cost" jsonb,
	"shipping_details" jsonb,
	"status" text NOT NULL,
	"tax_details" jsonb,
	"total_details" jsonb NOT NULL,
	"shipping_rate_data" jsonb
);
--> statement-breakpoint
CREATE TABLE "prices" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"active" boolean NOT NULL,
	"billing_scheme" text NOT NULL,
	"currency" text NOT NULL,
	"lookup_key" text,
	"metadata" jsonb NOT NULL,
	"nickname" text,
	"product" text NOT NULL,
	"tax_behavior" text,
	"type" text NOT NULL,
	"unit_amount" bigint,
	"unit_amount_decimal" text
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"active" boolean NOT NULL,
	"default_price" text,
	"description" text,
	"metadata" jsonb NOT NULL,
	"name" text NOT NULL,
	"tax_code" text,
	"type" text NOT NULL,
	"updated" timestamp (3) with time zone NOT NULL,
	"url" text
);
--> statement-breakpoint
CREATE TABLE "tax_calculations" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"amount_total" bigint NOT NULL,
	"currency" text NOT NULL,
	"customer" text,
	"customer_details" jsonb NOT NULL,
	"expires_at" timestamp (3) with time zone,
	"line_items" jsonb,
	"ship_from_details" jsonb,
	"shipping_cost" jsonb,
	"tax_amount_exclusive" bigint NOT NULL,
	"tax_amount_inclusive" bigint NOT NULL,
	"tax_breakdown" jsonb NOT NULL,
	"tax_date" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tax_registrations" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"active_from" timestamp (3) with time zone NOT NULL,
	"country" text NOT NULL,
	"country_options" jsonb NOT NULL,
	"expires_at" timestamp (3) with time zone,
	"jurisdiction" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tax_settings" (
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"defaults" jsonb NOT NULL,
	"head_office" jsonb,
	"updated" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "tax_settings_account_id_livemode_pk" PRIMARY KEY("account_id","livemode")
);
--> statement-breakpoint
CREATE TABLE "tax_transactions" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"currency" text NOT NULL,
	"customer" text,
	"customer_details" jsonb NOT NULL,
	"line_items" jsonb,
	"metadata" jsonb,
	"posted_at" timestamp (3) with time zone NOT NULL,
	"reference" text NOT NULL,
	"reversal_original_transaction" text,
	"ship_from_details" jsonb,
	"shipping_cost" jsonb,
	"tax_date" timestamp (3) with time zone NOT NULL,
	"type" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "climate_orders_list_idx" ON "climate_orders" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "entitlements_active_entitlements_customer_idx" ON "entitlements_active_entitlements" USING btree ("account_id","livemode","customer","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "entitlements_features_list_idx" ON "entitlements_features" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "entitlements_features_lookup_key_idx" ON "entitlements_features" USING btree ("account_id","livemode","lookup_key");--> statement-breakpoint
CREATE INDEX "product_features_product_idx" ON "product_features" USING btree ("product","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "product_features_feature_idx" ON "product_features" USING btree ("entitlement_feature");--> statement-breakpoint
CREATE INDEX "orders_list_idx" ON "orders" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "orders_customer_idx" ON "orders" USING btree ("customer","created" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "prices_list_idx" ON "prices" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "prices_product_idx" ON "prices" USING btree ("product","created" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "prices_lookup_key_idx" ON "prices" USING btree ("account_id","livemode","lookup_key");--> statement-breakpoint
CREATE INDEX "products_list_idx" ON "products" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "tax_calculations_list_idx" ON "tax_calculations" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "tax_registrations_list_idx" ON "tax_registrations" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "tax_registrations_jurisdiction_idx" ON "tax_registrations" USING btree ("account_id","livemode","jurisdiction");--> statement-breakpoint
CREATE INDEX "tax_transactions_list_idx" ON "tax_transactions" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "tax_transactions_reference_idx" ON "tax_transactions" USING btree ("account_id","livemode","reference");--> statement-breakpoint
CREATE INDEX "tax_transactions_reversal_idx" ON "tax_transactions" USING btree ("reversal_original_transaction");