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
ALTER TABLE "payment_methods" ALTER COLUMN "account_number" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "payment_methods" ALTER COLUMN "routing_number" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "payment_methods" ALTER COLUMN "fingerprint" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "payment_methods" ADD COLUMN "card" jsonb;--> statement-breakpoint
ALTER TABLE "payment_methods" ADD COLUMN "card_vault" text;--> statement-breakpoint
CREATE INDEX "forwarding_requests_list_idx" ON "forwarding_requests" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);