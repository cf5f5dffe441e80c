CREATE TABLE "issuing_balance_entries" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"currency" text NOT NULL,
	"type" text NOT NULL,
	"available" bigint NOT NULL,
	"held" bigint NOT NULL,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "issuing_balances" (
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"currency" text NOT NULL,
	"available" bigint DEFAULT 0 NOT NULL,
	"held" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "issuing_balances_account_id_livemode_currency_pk" PRIMARY KEY("account_id","livemode","currency")
);
--> statement-breakpoint
CREATE TABLE "issuing_funding_instructions" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"bank_transfer" jsonb NOT NULL,
	"currency" text NOT NULL,
	"funding_type" text NOT NULL,
	"bank_transfer_type" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "issuing_balance_entries_account_idx" ON "issuing_balance_entries" USING btree ("account_id","livemode","currency","created");--> statement-breakpoint
CREATE UNIQUE INDEX "issuing_funding_instructions_currency_idx" ON "issuing_funding_instructions" USING btree ("account_id","livemode","currency");