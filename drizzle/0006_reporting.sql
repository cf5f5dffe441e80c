CREATE TABLE "file_contents" (
	"file_id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"content" text NOT NULL,
	"expires_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "files" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"expires_at" timestamp (3) with time zone,
	"filename" text,
	"purpose" text NOT NULL,
	"size" bigint NOT NULL,
	"title" text,
	"type" text
);
--> statement-breakpoint
CREATE TABLE "reporting_report_runs" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"error" text,
	"parameters" jsonb NOT NULL,
	"report_type" text NOT NULL,
	"result" text,
	"status" text NOT NULL,
	"succeeded_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "sigma_scheduled_queries" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"title" text NOT NULL,
	"sql" text NOT NULL,
	"schedule" text NOT NULL,
	"deleted_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "sigma_scheduled_query_runs" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"livemode" boolean NOT NULL,
	"created" timestamp (3) with time zone NOT NULL,
	"data_load_time" timestamp (3) with time zone NOT NULL,
	"error" jsonb,
	"file" text,
	"result_available_until" timestamp (3) with time zone NOT NULL,
	"sql" text NOT NULL,
	"status" text NOT NULL,
	"title" text NOT NULL,
	"scheduled_query_id" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "file_contents" ADD CONSTRAINT "file_contents_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "file_contents_expiry_idx" ON "file_contents" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "files_list_idx" ON "files" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "files_purpose_idx" ON "files" USING btree ("account_id","livemode","purpose","created" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "reporting_report_runs_list_idx" ON "reporting_report_runs" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "sigma_scheduled_queries_list_idx" ON "sigma_scheduled_queries" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "sigma_scheduled_query_runs_list_idx" ON "sigma_scheduled_query_runs" USING btree ("account_id","livemode","created" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "sigma_scheduled_query_runs_query_idx" ON "sigma_scheduled_query_runs" USING btree ("scheduled_query_id","created" DESC NULLS LAST);