CREATE TABLE "issuing_authorizations" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"amount" bigint NOT NULL,
	"amount_details" jsonb,
	"approved" boolean NOT NULL,
	"authorization_method" text NOT NULL,
	"balance_transactions" jsonb NOT NULL,
	"card_id" text NOT NULL,
	"card_presence" text,
	"cardholder_id" text,
	"currency" text NOT NULL,
	"fleet" jsonb,
	"fraud_challenges" jsonb,
	"fuel" jsonb,
	"merchant_amount" bigint NOT NULL,
	"merchant_currency" text NOT NULL,
	"merchant_data" jsonb NOT NULL,
	"metadata" jsonb NOT NULL,
	"network_data" jsonb,
	"pending_request" jsonb,
	"request_history" jsonb NOT NULL,
	"status" text NOT NULL,
	"token" text,
	"transactions" jsonb NOT NULL,
	"treasury" jsonb,
	"verification_data" jsonb NOT NULL,
	"verified_by_fraud_challenge" boolean,
	"wallet" text,
	"financial_account_id" text,
	"held" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "issuing_cardholders" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"billing" jsonb NOT NULL,
	"company" jsonb,
	"email" text,
	"individual" jsonb,
	"metadata" jsonb NOT NULL,
	"name" text NOT NULL,
	"phone_number" text,
	"preferred_locales" text[],
	"requirements" jsonb NOT NULL,
	"spending_controls" jsonb,
	"status" text NOT NULL,
	"type" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "issuing_cards" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"brand" text NOT NULL,
	"cancellation_reason" text,
	"cardholder_id" text NOT NULL,
	"currency" text NOT NULL,
	"exp_month" bigint NOT NULL,
	"exp_year" bigint NOT NULL,
	"financial_account_id" text,
	"last4" text NOT NULL,
	"latest_fraud_warning" jsonb,
	"lifecycle_controls" jsonb,
	"metadata" jsonb NOT NULL,
	"personalization_design" text,
	"replaced_by" text,
	"replacement_for" text,
	"replacement_reason" text,
	"second_line" text,
	"shipping" jsonb,
	"spending_controls" jsonb NOT NULL,
	"status" text NOT NULL,
	"type" text NOT NULL,
	"wallets" jsonb
);
--> statement-breakpoint
CREATE TABLE "issuing_disputes" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"amount" bigint NOT NULL,
	"balance_transactions" jsonb,
	"currency" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"loss_reason" text,
	"metadata" jsonb NOT NULL,
	"status" text NOT NULL,
	"transaction_id" text NOT NULL,
	"treasury" jsonb
);
--> statement-breakpoint
CREATE TABLE "issuing_personalization_designs" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"card_logo_id" text,
	"carrier_text" jsonb,
	"lookup_key" text,
	"metadata" jsonb NOT NULL,
	"name" text,
	"physical_bundle_id" text NOT NULL,
	"preferences" jsonb NOT NULL,
	"rejection_reasons" jsonb NOT NULL,
	"status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "issuing_tokens" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"card_id" text NOT NULL,
	"device_fingerprint" text,
	"last4" text,
	"network" text NOT NULL,
	"network_data" jsonb,
	"network_updated_at" timestamp (3) with time zone NOT NULL,
	"status" text NOT NULL,
	"wallet_provider" text
);
--> statement-breakpoint
CREATE TABLE "issuing_transactions" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"amount" bigint NOT NULL,
	"amount_details" jsonb,
	"authorization_id" text,
	"balance_transaction" text,
	"card_id" text NOT NULL,
	"cardholder_id" text,
	"currency" text NOT NULL,
	"dispute" text,
	"merchant_amount" bigint NOT NULL,
	"merchant_currency" text NOT NULL,
	"merchant_data" jsonb NOT NULL,
	"metadata" jsonb NOT NULL,
	"network_data" jsonb,
	"purchase_details" jsonb,
	"token" text,
	"treasury" jsonb,
	"type" text NOT NULL,
	"wallet" text,
	"refunded" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "issuing_authorizations_list_idx" ON "issuing_authorizations" USING btree ("account_id","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "issuing_authorizations_card_idx" ON "issuing_authorizations" USING btree ("card_id","created" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "issuing_authorizations_cardholder_idx" ON "issuing_authorizations" USING btree ("cardholder_id","created" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "issuing_cardholders_list_idx" ON "issuing_cardholders" USING btree ("account_id","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "issuing_cards_list_idx" ON "issuing_cards" USING btree ("account_id","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "issuing_cards_cardholder_idx" ON "issuing_cards" USING btree ("cardholder_id","created" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "issuing_disputes_list_idx" ON "issuing_disputes" USING btree ("account_id","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "issuing_disputes_transaction_idx" ON "issuing_disputes" USING btree ("transaction_id");--> statement-breakpoint
CREATE INDEX "issuing_personalization_designs_list_idx" ON "issuing_personalization_designs" USING btree ("account_id","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "issuing_tokens_card_idx" ON "issuing_tokens" USING btree ("card_id","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "issuing_transactions_list_idx" ON "issuing_transactions" USING btree ("account_id","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "issuing_transactions_card_idx" ON "issuing_transactions" USING btree ("card_id","created" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "issuing_transactions_authorization_idx" ON "issuing_transactions" USING btree ("authorization_id");