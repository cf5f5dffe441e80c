ALTER TABLE "financial_connections_account_ownerships" ADD COLUMN "account" text;--> statement-breakpoint
ALTER TABLE "financial_connections_accounts" ADD COLUMN "subscription_chain" text;--> statement-breakpoint
CREATE INDEX "financial_connections_account_ownerships_account_idx" ON "financial_connections_account_ownerships" USING btree ("account");