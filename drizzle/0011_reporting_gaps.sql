ALTER TABLE "file_contents" ADD COLUMN "encoding" text DEFAULT 'utf8' NOT NULL;--> statement-breakpoint
ALTER TABLE "scheduled_transitions" ADD COLUMN "leased_until" timestamp (3) with time zone;