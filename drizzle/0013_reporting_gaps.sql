CREATE TABLE "file_links" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"expires_at" timestamp (3) with time zone,
	"file" text NOT NULL,
	"metadata" jsonb NOT NULL,
	"token" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "file_contents" ADD COLUMN "encoding" text DEFAULT 'utf8' NOT NULL;--> statement-breakpoint
ALTER TABLE "scheduled_transitions" ADD COLUMN "leased_until" timestamp (3) with time zone;--> statement-breakpoint
CREATE INDEX "file_links_list_idx" ON "file_links" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "file_links_file_idx" ON "file_links" USING btree ("file");--> statement-breakpoint
CREATE UNIQUE INDEX "file_links_token_idx" ON "file_links" USING btree ("token");