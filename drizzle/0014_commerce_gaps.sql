CREATE TABLE "coupons" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"amount_off" bigint,
	"currency" text,
	"duration" text NOT NULL,
	"duration_in_months" bigint,
	"max_redemptions" bigint,
	"metadata" jsonb,
	"name" text,
	"percent_off" double precision,
	"redeem_by" timestamp (3) with time zone,
	"times_redeemed" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "promotion_codes" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"active" boolean NOT NULL,
	"code" text NOT NULL,
	"customer" text,
	"expires_at" timestamp (3) with time zone,
	"max_redemptions" bigint,
	"metadata" jsonb,
	"promotion" jsonb NOT NULL,
	"times_redeemed" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shipping_rates" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"active" boolean NOT NULL,
	"delivery_estimate" jsonb,
	"display_name" text,
	"fixed_amount" jsonb,
	"metadata" jsonb NOT NULL,
	"tax_behavior" text,
	"tax_code" text,
	"type" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "discount_sources" jsonb;--> statement-breakpoint
CREATE INDEX "coupons_list_idx" ON "coupons" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "promotion_codes_list_idx" ON "promotion_codes" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "promotion_codes_code_idx" ON "promotion_codes" USING btree ("account_id","livemode","code");--> statement-breakpoint
CREATE INDEX "shipping_rates_list_idx" ON "shipping_rates" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);