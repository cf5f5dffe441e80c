CREATE TABLE "terminal_hardware_orders" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"hardware_order_items" jsonb NOT NULL,
	"metadata" jsonb,
	"payment_type" text NOT NULL,
	"po_number" text,
	"shipment_tracking" jsonb NOT NULL,
	"shipping" jsonb NOT NULL,
	"shipping_method" text NOT NULL,
	"status" text NOT NULL,
	"tax" bigint NOT NULL,
	"total_tax_amounts" jsonb NOT NULL,
	"updated" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE INDEX "terminal_hardware_orders_list_idx" ON "terminal_hardware_orders" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);