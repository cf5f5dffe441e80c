CREATE TABLE "test_clocks" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"name" text,
	"frozen_time" timestamp (3) with time zone NOT NULL,
	"status" text NOT NULL,
	"target_frozen_time" timestamp (3) with time zone,
	"advance_started_at" timestamp (3) with time zone,
	"deletes_after" timestamp (3) with time zone NOT NULL,
	"deleted_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "scheduled_transitions" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"flow_type" text NOT NULL,
	"flow_id" text NOT NULL,
	"action" text NOT NULL,
	"params" jsonb NOT NULL,
	"step" integer NOT NULL,
	"run_at" timestamp (3) with time zone NOT NULL,
	"test_clock_id" text,
	"done_at" timestamp (3) with time zone,
	"outcome" text
);
--> statement-breakpoint
CREATE UNIQUE INDEX "test_clocks_one_per_account_idx" ON "test_clocks" USING btree ("account_id","livemode") WHERE "test_clocks"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "test_clocks_list_idx" ON "test_clocks" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "scheduled_transitions_clock_due_idx" ON "scheduled_transitions" USING btree ("test_clock_id","run_at") WHERE "scheduled_transitions"."done_at" is null;--> statement-breakpoint
CREATE INDEX "scheduled_transitions_flow_idx" ON "scheduled_transitions" USING btree ("flow_id");--> statement-breakpoint
CREATE INDEX "scheduled_transitions_account_pending_idx" ON "scheduled_transitions" USING btree ("account_id","livemode") WHERE "scheduled_transitions"."done_at" is null;