CREATE SCHEMA "calendar";
--> statement-breakpoint
CREATE TABLE "calendar"."days" (
	"id" uuid PRIMARY KEY NOT NULL,
	"date" date NOT NULL,
	"year" integer NOT NULL,
	"province_code" text,
	"kind" text NOT NULL,
	"reason" text,
	"name" text NOT NULL,
	"source" text NOT NULL,
	"notice_id" uuid,
	"provisional" boolean NOT NULL,
	"origin" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "days_scope_date_unique" UNIQUE NULLS NOT DISTINCT("province_code","date"),
	CONSTRAINT "days_year_of_date" CHECK (extract(year from "calendar"."days"."date") = "calendar"."days"."year"),
	CONSTRAINT "days_local_scope" CHECK (("calendar"."days"."province_code" is null) = ("calendar"."days"."kind" <> 'local_day_off')),
	CONSTRAINT "days_reason_for_day_off" CHECK (("calendar"."days"."reason" is not null) = ("calendar"."days"."kind" = 'day_off'))
);
--> statement-breakpoint
CREATE TABLE "calendar"."notices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"province_code" text,
	"number" text,
	"issued" date,
	"issuer" text NOT NULL,
	"covers" text NOT NULL,
	"reported_by" text NOT NULL,
	"confidence" text NOT NULL,
	"position" integer NOT NULL,
	"origin" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar"."revision" (
	"id" integer PRIMARY KEY NOT NULL,
	"revision" bigint NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "revision_single_row" CHECK ("calendar"."revision"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "calendar"."working_hours" (
	"province_code" text PRIMARY KEY NOT NULL,
	"periods" jsonb NOT NULL,
	"paper_cutoff" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "calendar"."days" ADD CONSTRAINT "days_notice_id_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "calendar"."notices"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "days_year_idx" ON "calendar"."days" USING btree ("year","province_code");--> statement-breakpoint
CREATE INDEX "notices_year_idx" ON "calendar"."notices" USING btree ("year","province_code");