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
CREATE INDEX "identity_verification_reports_list_idx" ON "identity_verification_reports" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "identity_verification_reports_session_idx" ON "identity_verification_reports" USING btree ("verification_session","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "identity_verification_sessions_list_idx" ON "identity_verification_sessions" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "identity_verification_sessions_customer_idx" ON "identity_verification_sessions" USING btree ("related_customer");