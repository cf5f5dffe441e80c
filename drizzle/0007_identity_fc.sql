CREATE TABLE "financial_connections_account_owners" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"email" text,
	"name" text NOT NULL,
	"ownership" text NOT NULL,
	"phone" text,
	"raw_address" text,
	"refreshed_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "financial_connections_account_ownerships" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "financial_connections_accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"account_holder" jsonb,
	"account_numbers" jsonb,
	"balance" jsonb,
	"balance_refresh" jsonb,
	"category" text NOT NULL,
	"display_name" text,
	"institution_name" text NOT NULL,
	"last4" text,
	"ownership" text,
	"ownership_refresh" jsonb,
	"permissions" text[],
	"status" text NOT NULL,
	"status_details" jsonb,
	"subcategory" text NOT NULL,
	"subscriptions" text[],
	"supported_payment_method_types" text[] NOT NULL,
	"transaction_refresh" jsonb,
	"session" text NOT NULL,
	"holder_customer" text,
	"institution_account" text NOT NULL,
	"routing_number" text NOT NULL,
	"account_number" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "financial_connections_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"account_holder" jsonb,
	"client_secret" text,
	"filters" jsonb,
	"limits" jsonb,
	"manual_entry" jsonb,
	"permissions" text[] NOT NULL,
	"prefetch" text[],
	"return_url" text,
	"linked_at" timestamp (3) with time zone,
	"holder_customer" text
);
--> statement-breakpoint
CREATE TABLE "financial_connections_transactions" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"account" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"description" text NOT NULL,
	"status" text NOT NULL,
	"status_transitions_posted_at" timestamp (3) with time zone,
	"status_transitions_void_at" timestamp (3) with time zone,
	"transacted_at" timestamp (3) with time zone NOT NULL,
	"transaction_refresh" text NOT NULL,
	"updated" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identity_verification_reports" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"client_reference_id" text,
	"document" jsonb,
	"email" jsonb,
	"id_number" jsonb,
	"options" jsonb,
	"phone" jsonb,
	"selfie" jsonb,
	"type" text NOT NULL,
	"verification_flow" text,
	"verification_session" text
);
--> statement-breakpoint
CREATE TABLE "identity_verification_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"client_reference_id" text,
	"last_error" jsonb,
	"last_verification_report" text,
	"metadata" jsonb NOT NULL,
	"options" jsonb,
	"provided_details" jsonb,
	"redaction" jsonb,
	"related_customer" text,
	"related_customer_account" text,
	"related_person" jsonb,
	"status" text NOT NULL,
	"type" text NOT NULL,
	"verification_flow" text,
	"verified_outputs" jsonb,
	"secret" text NOT NULL,
	"return_url" text
);
--> statement-breakpoint
ALTER TABLE "payment_methods" ADD COLUMN "financial_connections_account_id" text;--> statement-breakpoint
CREATE INDEX "financial_connections_account_owners_ownership_idx" ON "financial_connections_account_owners" USING btree ("ownership","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "financial_connections_accounts_list_idx" ON "financial_connections_accounts" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "financial_connections_accounts_session_idx" ON "financial_connections_accounts" USING btree ("session","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "financial_connections_accounts_customer_idx" ON "financial_connections_accounts" USING btree ("holder_customer","created" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "financial_connections_sessions_list_idx" ON "financial_connections_sessions" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "financial_connections_transactions_account_idx" ON "financial_connections_transactions" USING btree ("account","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "financial_connections_transactions_transacted_idx" ON "financial_connections_transactions" USING btree ("account","transacted_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "identity_verification_reports_list_idx" ON "identity_verification_reports" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "identity_verification_reports_session_idx" ON "identity_verification_reports" USING btree ("verification_session","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "identity_verification_sessions_list_idx" ON "identity_verification_sessions" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "identity_verification_sessions_customer_idx" ON "identity_verification_sessions" USING btree ("related_customer");