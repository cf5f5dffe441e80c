CREATE TABLE "accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"event_seq" bigint DEFAULT 0 NOT NULL,
	"created" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"key_hash" text NOT NULL,
	"last4" text NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"revoked_at" timestamp (3) with time zone,
	CONSTRAINT "api_keys_key_hash_unique" UNIQUE("key_hash")
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"key" text NOT NULL,
	"operation" text NOT NULL,
	"request_hash" text NOT NULL,
	"result" jsonb,
	"created" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_account_id_livemode_key_pk" PRIMARY KEY("account_id","livemode","key")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"seq" bigint NOT NULL,
	"type" text NOT NULL,
	"api_version" text NOT NULL,
	"data" jsonb NOT NULL,
	"object_id" text NOT NULL,
	"request_id" text,
	"request_idempotency_key" text,
	"pending_webhooks" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "treasury_balances" (
	"financial_account_id" text NOT NULL,
	"currency" text NOT NULL,
	"cash" bigint DEFAULT 0 NOT NULL,
	"inbound_pending" bigint DEFAULT 0 NOT NULL,
	"outbound_pending" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "treasury_balances_financial_account_id_currency_pk" PRIMARY KEY("financial_account_id","currency")
);
--> statement-breakpoint
CREATE TABLE "treasury_financial_accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"country" text NOT NULL,
	"status" text NOT NULL,
	"closed_reasons" text[],
	"nickname" text,
	"metadata" jsonb NOT NULL,
	"supported_currencies" text[] NOT NULL,
	"features" jsonb NOT NULL,
	"inbound_flows" text,
	"outbound_flows" text,
	"aba_account_number" text NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"updated" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "treasury_transaction_entries" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"financial_account_id" text NOT NULL,
	"transaction_id" text NOT NULL,
	"currency" text NOT NULL,
	"type" text NOT NULL,
	"effective_at" timestamp (3) with time zone NOT NULL,
	"flow" text,
	"flow_type" text NOT NULL,
	"cash" bigint NOT NULL,
	"inbound_pending" bigint NOT NULL,
	"outbound_pending" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "treasury_transactions" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"financial_account_id" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"description" text NOT NULL,
	"flow" text,
	"flow_type" text NOT NULL,
	"status" text NOT NULL,
	"posted_at" timestamp (3) with time zone,
	"void_at" timestamp (3) with time zone,
	"cash" bigint DEFAULT 0 NOT NULL,
	"inbound_pending" bigint DEFAULT 0 NOT NULL,
	"outbound_pending" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"name" text,
	"email" text,
	"description" text,
	"metadata" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payment_methods" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"type" text NOT NULL,
	"customer_id" text,
	"billing_details" jsonb NOT NULL,
	"account_holder_type" text,
	"account_type" text,
	"account_number" text NOT NULL,
	"routing_number" text NOT NULL,
	"bank_name" text,
	"fingerprint" text NOT NULL,
	"metadata" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "treasury_outbound_transfers" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"financial_account_id" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"description" text,
	"destination_payment_method_id" text,
	"destination_details" jsonb NOT NULL,
	"network" text NOT NULL,
	"statement_descriptor" text NOT NULL,
	"status" text NOT NULL,
	"expected_arrival_date" timestamp (3) with time zone NOT NULL,
	"posted_at" timestamp (3) with time zone,
	"failed_at" timestamp (3) with time zone,
	"canceled_at" timestamp (3) with time zone,
	"returned_at" timestamp (3) with time zone,
	"returned_code" text,
	"return_transaction_id" text,
	"tracking_details" jsonb,
	"transaction_id" text NOT NULL,
	"metadata" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "treasury_outbound_payments" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"financial_account_id" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"customer_id" text,
	"description" text,
	"destination_payment_method_id" text,
	"destination_financial_account_id" text,
	"destination_details" jsonb NOT NULL,
	"end_user_details" jsonb NOT NULL,
	"network" text NOT NULL,
	"statement_descriptor" text NOT NULL,
	"status" text NOT NULL,
	"expected_arrival_date" timestamp (3) with time zone NOT NULL,
	"posted_at" timestamp (3) with time zone,
	"failed_at" timestamp (3) with time zone,
	"canceled_at" timestamp (3) with time zone,
	"returned_at" timestamp (3) with time zone,
	"returned_code" text,
	"return_transaction_id" text,
	"tracking_details" jsonb,
	"transaction_id" text NOT NULL,
	"metadata" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "treasury_inbound_transfers" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"financial_account_id" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"description" text,
	"origin_payment_method_id" text,
	"origin_details" jsonb,
	"statement_descriptor" text NOT NULL,
	"status" text NOT NULL,
	"succeeded_at" timestamp (3) with time zone,
	"failed_at" timestamp (3) with time zone,
	"canceled_at" timestamp (3) with time zone,
	"failure_code" text,
	"returned" boolean DEFAULT false NOT NULL,
	"received_debit_id" text,
	"return_transaction_id" text,
	"transaction_id" text,
	"metadata" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_deliveries" (
	"event_id" text NOT NULL,
	"webhook_endpoint_id" text NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"automatic_attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp (3) with time zone,
	"succeeded_at" timestamp (3) with time zone,
	CONSTRAINT "webhook_deliveries_event_id_webhook_endpoint_id_pk" PRIMARY KEY("event_id","webhook_endpoint_id")
);
--> statement-breakpoint
CREATE TABLE "webhook_delivery_attempts" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"event_id" text NOT NULL,
	"webhook_endpoint_id" text NOT NULL,
	"job_id" text NOT NULL,
	"attempt_number" integer NOT NULL,
	"trigger" text NOT NULL,
	"succeeded" boolean NOT NULL,
	"response_status" integer,
	"error" text,
	"duration_ms" integer NOT NULL,
	"next_retry_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "webhook_endpoints" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"url" text NOT NULL,
	"enabled_events" text[] NOT NULL,
	"description" text,
	"metadata" jsonb NOT NULL,
	"api_version" text,
	"connect" boolean NOT NULL,
	"secret" text NOT NULL,
	"status" text NOT NULL,
	"updated" timestamp (3) with time zone NOT NULL,
	"deleted_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "treasury_received_credits" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"financial_account_id" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"description" text NOT NULL,
	"status" text NOT NULL,
	"failure_code" text,
	"network" text NOT NULL,
	"initiating_details" jsonb NOT NULL,
	"reversal_deadline" timestamp (3) with time zone,
	"credit_reversal_id" text,
	"issuing_authorization" text,
	"issuing_transaction" text,
	"source_flow" text,
	"source_flow_type" text,
	"transaction_id" text
);
--> statement-breakpoint
CREATE TABLE "treasury_received_debits" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"financial_account_id" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"description" text NOT NULL,
	"status" text NOT NULL,
	"failure_code" text,
	"network" text NOT NULL,
	"initiating_details" jsonb NOT NULL,
	"reversal_deadline" timestamp (3) with time zone,
	"debit_reversal_id" text,
	"inbound_transfer_id" text,
	"issuing_authorization" text,
	"issuing_transaction" text,
	"payout" text,
	"topup" text,
	"transaction_id" text
);
--> statement-breakpoint
CREATE TABLE "treasury_credit_reversals" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"financial_account_id" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"network" text NOT NULL,
	"received_credit_id" text NOT NULL,
	"status" text NOT NULL,
	"posted_at" timestamp (3) with time zone,
	"transaction_id" text NOT NULL,
	"metadata" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "treasury_debit_reversals" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"financial_account_id" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"network" text NOT NULL,
	"received_debit_id" text NOT NULL,
	"status" text NOT NULL,
	"completed_at" timestamp (3) with time zone,
	"issuing_dispute" text,
	"transaction_id" text,
	"metadata" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treasury_balances" ADD CONSTRAINT "treasury_balances_financial_account_id_treasury_financial_accounts_id_fk" FOREIGN KEY ("financial_account_id") REFERENCES "public"."treasury_financial_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treasury_transaction_entries" ADD CONSTRAINT "treasury_transaction_entries_transaction_id_treasury_transactions_id_fk" FOREIGN KEY ("transaction_id") REFERENCES "public"."treasury_transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_keys_account_idx" ON "api_keys" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING btree ("created");--> statement-breakpoint
CREATE UNIQUE INDEX "events_account_seq_idx" ON "events" USING btree ("account_id","seq");--> statement-breakpoint
CREATE INDEX "events_list_idx" ON "events" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "events_object_idx" ON "events" USING btree ("object_id");--> statement-breakpoint
CREATE INDEX "treasury_financial_accounts_list_idx" ON "treasury_financial_accounts" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "treasury_entries_list_idx" ON "treasury_transaction_entries" USING btree ("financial_account_id","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "treasury_entries_effective_idx" ON "treasury_transaction_entries" USING btree ("financial_account_id","effective_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "treasury_entries_transaction_idx" ON "treasury_transaction_entries" USING btree ("transaction_id","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "treasury_transactions_list_idx" ON "treasury_transactions" USING btree ("financial_account_id","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "treasury_transactions_posted_idx" ON "treasury_transactions" USING btree ("financial_account_id","posted_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "treasury_transactions_flow_idx" ON "treasury_transactions" USING btree ("flow");--> statement-breakpoint
CREATE INDEX "customers_list_idx" ON "customers" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "payment_methods_customer_idx" ON "payment_methods" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "treasury_outbound_transfers_list_idx" ON "treasury_outbound_transfers" USING btree ("financial_account_id","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "treasury_outbound_transfers_status_idx" ON "treasury_outbound_transfers" USING btree ("financial_account_id","status","created" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "treasury_outbound_payments_list_idx" ON "treasury_outbound_payments" USING btree ("financial_account_id","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "treasury_outbound_payments_status_idx" ON "treasury_outbound_payments" USING btree ("financial_account_id","status","created" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "treasury_outbound_payments_customer_idx" ON "treasury_outbound_payments" USING btree ("financial_account_id","customer_id","created" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "treasury_inbound_transfers_list_idx" ON "treasury_inbound_transfers" USING btree ("financial_account_id","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "treasury_inbound_transfers_status_idx" ON "treasury_inbound_transfers" USING btree ("financial_account_id","status","created" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "webhook_deliveries_endpoint_idx" ON "webhook_deliveries" USING btree ("webhook_endpoint_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_delivery_attempts_job_idx" ON "webhook_delivery_attempts" USING btree ("job_id");--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_delivery_attempts_number_idx" ON "webhook_delivery_attempts" USING btree ("event_id","webhook_endpoint_id","attempt_number");--> statement-breakpoint
CREATE INDEX "webhook_delivery_attempts_list_idx" ON "webhook_delivery_attempts" USING btree ("webhook_endpoint_id","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "webhook_endpoints_list_idx" ON "webhook_endpoints" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "treasury_received_credits_list_idx" ON "treasury_received_credits" USING btree ("financial_account_id","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "treasury_received_credits_status_idx" ON "treasury_received_credits" USING btree ("financial_account_id","status","created" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "treasury_received_credits_source_flow_idx" ON "treasury_received_credits" USING btree ("source_flow");--> statement-breakpoint
CREATE INDEX "treasury_received_debits_list_idx" ON "treasury_received_debits" USING btree ("financial_account_id","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "treasury_received_debits_status_idx" ON "treasury_received_debits" USING btree ("financial_account_id","status","created" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "treasury_credit_reversals_list_idx" ON "treasury_credit_reversals" USING btree ("financial_account_id","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "treasury_credit_reversals_received_credit_idx" ON "treasury_credit_reversals" USING btree ("received_credit_id");--> statement-breakpoint
CREATE INDEX "treasury_debit_reversals_list_idx" ON "treasury_debit_reversals" USING btree ("financial_account_id","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "treasury_debit_reversals_received_debit_idx" ON "treasury_debit_reversals" USING btree ("received_debit_id");