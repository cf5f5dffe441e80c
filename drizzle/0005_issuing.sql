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
CREATE INDEX "issuing_cardholders_list_idx" ON "issuing_cardholders" USING btree ("account_id","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "issuing_cards_list_idx" ON "issuing_cards" USING btree ("account_id","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "issuing_cards_cardholder_idx" ON "issuing_cards" USING btree ("cardholder_id","created" DESC NULLS LAST);