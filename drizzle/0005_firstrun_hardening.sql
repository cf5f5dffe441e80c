DROP INDEX "webhook_delivery_attempts_job_idx";--> statement-breakpoint
ALTER TABLE "webhook_delivery_attempts" ADD COLUMN "state" text DEFAULT 'recorded' NOT NULL;--> statement-breakpoint
CREATE INDEX "webhook_delivery_attempts_job_idx" ON "webhook_delivery_attempts" USING btree ("job_id");