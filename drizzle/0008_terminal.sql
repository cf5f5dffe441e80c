CREATE TABLE "crypto_onramp_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"client_secret" text NOT NULL,
	"kyc_details_provided" boolean NOT NULL,
	"metadata" jsonb,
	"redirect_url" text,
	"status" text NOT NULL,
	"transaction_details_destination_amount" text,
	"transaction_details_destination_currencies" text[],
	"transaction_details_destination_currency" text,
	"transaction_details_destination_network" text,
	"transaction_details_destination_networks" text[],
	"transaction_details_fees" jsonb,
	"transaction_details_lock_wallet_address" boolean,
	"transaction_details_settlement_speed" text,
	"transaction_details_source_amount" text,
	"transaction_details_source_currency" text,
	"transaction_details_transaction_id" text,
	"transaction_details_wallet_address" text,
	"transaction_details_wallet_addresses" jsonb
);
--> statement-breakpoint
CREATE TABLE "forwarding_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"metadata" jsonb,
	"payment_method" text NOT NULL,
	"replacements" text[] NOT NULL,
	"request_context" jsonb,
	"request_details" jsonb,
	"response_details" jsonb,
	"url" text
);
--> statement-breakpoint
CREATE TABLE "payment_intents" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"allowed_payment_method_types" text[],
	"amount" bigint NOT NULL,
	"amount_capturable" bigint NOT NULL,
	"amount_received" bigint NOT NULL,
	"canceled_at" timestamp (3) with time zone,
	"cancellation_reason" text,
	"capture_method" text NOT NULL,
	"currency" text NOT NULL,
	"customer" text,
	"description" text,
	"last_payment_error" jsonb,
	"latest_charge" text,
	"metadata" jsonb NOT NULL,
	"payment_method" text,
	"payment_method_types" text[] NOT NULL,
	"status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "refunds" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"amount" bigint NOT NULL,
	"charge" text,
	"currency" text NOT NULL,
	"metadata" jsonb,
	"payment_intent" text,
	"reason" text,
	"status" text
);
--> statement-breakpoint
CREATE TABLE "setup_intents" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"allowed_payment_method_types" text[],
	"cancellation_reason" text,
	"customer" text,
	"description" text,
	"last_setup_error" jsonb,
	"metadata" jsonb,
	"payment_method" text,
	"payment_method_types" text[] NOT NULL,
	"status" text NOT NULL,
	"usage" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "terminal_configurations" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"bbpos_wisepad3" jsonb,
	"bbpos_wisepos_e" jsonb,
	"cellular" jsonb,
	"is_account_default" boolean,
	"name" text,
	"offline" jsonb,
	"reader_security" jsonb,
	"reboot_window" jsonb,
	"stripe_s700" jsonb,
	"stripe_s710" jsonb,
	"stripe_t600" jsonb,
	"tipping" jsonb,
	"verifone_m425" jsonb,
	"verifone_p400" jsonb,
	"verifone_p630" jsonb,
	"verifone_ux700" jsonb,
	"verifone_v660p" jsonb,
	"wifi" jsonb
);
--> statement-breakpoint
CREATE TABLE "terminal_connection_tokens" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"location" text,
	"secret" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "terminal_locations" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"address" jsonb NOT NULL,
	"address_kana" jsonb,
	"address_kanji" jsonb,
	"configuration_overrides" text,
	"display_name" text NOT NULL,
	"display_name_kana" text,
	"display_name_kanji" text,
	"metadata" jsonb NOT NULL,
	"phone" text
);
--> statement-breakpoint
CREATE TABLE "terminal_readers" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"action" jsonb,
	"device_sw_version" text,
	"device_type" text NOT NULL,
	"ip_address" text,
	"label" text NOT NULL,
	"last_seen_at" timestamp (3) with time zone,
	"location" text,
	"metadata" jsonb NOT NULL,
	"serial_number" text NOT NULL,
	"status" text
);
--> statement-breakpoint
ALTER TABLE "payment_methods" ALTER COLUMN "fingerprint" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "payment_methods" ALTER COLUMN "routing_number" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "payment_methods" ALTER COLUMN "account_number" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "payment_methods" ADD COLUMN "card" jsonb;--> statement-breakpoint
ALTER TABLE "payment_methods" ADD COLUMN "card_present" jsonb;--> statement-breakpoint
ALTER TABLE "payment_methods" ADD COLUMN "card_vault" text;--> statement-breakpoint
CREATE INDEX "crypto_onramp_sessions_list_idx" ON "crypto_onramp_sessions" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "forwarding_requests_list_idx" ON "forwarding_requests" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "payment_intents_list_idx" ON "payment_intents" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "refunds_list_idx" ON "refunds" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "refunds_payment_intent_idx" ON "refunds" USING btree ("payment_intent");--> statement-breakpoint
CREATE INDEX "setup_intents_list_idx" ON "setup_intents" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "terminal_configurations_list_idx" ON "terminal_configurations" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "terminal_locations_list_idx" ON "terminal_locations" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "terminal_readers_list_idx" ON "terminal_readers" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "terminal_readers_location_idx" ON "terminal_readers" USING btree ("location");