CREATE SCHEMA "reports";
--> statement-breakpoint
CREATE TABLE "reports"."consumer" (
	"name" text PRIMARY KEY NOT NULL,
	"horizon" text NOT NULL,
	"applied_at" timestamp with time zone NOT NULL,
	"dossiers_applied" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports"."daily" (
	"province_code" text NOT NULL,
	"unit_code" text NOT NULL,
	"agency_id" text NOT NULL,
	"channel" text NOT NULL,
	"day" date NOT NULL,
	"received" integer DEFAULT 0 NOT NULL,
	"resolved" integer DEFAULT 0 NOT NULL,
	"approved" integer DEFAULT 0 NOT NULL,
	"early_indicator" integer DEFAULT 0 NOT NULL,
	"on_time_indicator" integer DEFAULT 0 NOT NULL,
	"late_indicator" integer DEFAULT 0 NOT NULL,
	"early_portal" integer DEFAULT 0 NOT NULL,
	"on_time_portal" integer DEFAULT 0 NOT NULL,
	"late_portal" integer DEFAULT 0 NOT NULL,
	"resolution_minutes" bigint DEFAULT 0 NOT NULL,
	"returned" integer DEFAULT 0 NOT NULL,
	"returned_post" integer DEFAULT 0 NOT NULL,
	"e_result" integer DEFAULT 0 NOT NULL,
	"fee_bearing" integer DEFAULT 0 NOT NULL,
	"paid_online" integer DEFAULT 0 NOT NULL,
	"rated" integer DEFAULT 0 NOT NULL,
	"satisfied" integer DEFAULT 0 NOT NULL,
	"s1" integer DEFAULT 0 NOT NULL,
	"s2" integer DEFAULT 0 NOT NULL,
	"s3" integer DEFAULT 0 NOT NULL,
	"s4" integer DEFAULT 0 NOT NULL,
	"s5" integer DEFAULT 0 NOT NULL,
	"s6" integer DEFAULT 0 NOT NULL,
	"s7" integer DEFAULT 0 NOT NULL,
	"s8" integer DEFAULT 0 NOT NULL,
	"s9" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "daily_province_code_unit_code_agency_id_channel_day_pk" PRIMARY KEY("province_code","unit_code","agency_id","channel","day")
);
--> statement-breakpoint
CREATE TABLE "reports"."dossier_contributions" (
	"dossier_id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"unit_code" text NOT NULL,
	"agency_id" text NOT NULL,
	"procedure_code" text NOT NULL,
	"field" text NOT NULL,
	"channel" text NOT NULL,
	"received_day" date NOT NULL,
	"finished_day" date,
	"returned_day" date,
	"rated_day" date,
	"outcome" text,
	"indicator" text,
	"portal" text,
	"resolution_minutes" bigint NOT NULL,
	"returned_post" smallint NOT NULL,
	"e_result" smallint NOT NULL,
	"fee_bearing" smallint NOT NULL,
	"paid_online" smallint NOT NULL,
	"scores" smallint[]
);
--> statement-breakpoint
CREATE TABLE "reports"."monthly" (
	"province_code" text NOT NULL,
	"unit_code" text NOT NULL,
	"agency_id" text NOT NULL,
	"procedure_code" text NOT NULL,
	"field" text NOT NULL,
	"channel" text NOT NULL,
	"month" date NOT NULL,
	"received" integer DEFAULT 0 NOT NULL,
	"resolved" integer DEFAULT 0 NOT NULL,
	"approved" integer DEFAULT 0 NOT NULL,
	"early_indicator" integer DEFAULT 0 NOT NULL,
	"on_time_indicator" integer DEFAULT 0 NOT NULL,
	"late_indicator" integer DEFAULT 0 NOT NULL,
	"early_portal" integer DEFAULT 0 NOT NULL,
	"on_time_portal" integer DEFAULT 0 NOT NULL,
	"late_portal" integer DEFAULT 0 NOT NULL,
	"resolution_minutes" bigint DEFAULT 0 NOT NULL,
	"returned" integer DEFAULT 0 NOT NULL,
	"returned_post" integer DEFAULT 0 NOT NULL,
	"e_result" integer DEFAULT 0 NOT NULL,
	"fee_bearing" integer DEFAULT 0 NOT NULL,
	"paid_online" integer DEFAULT 0 NOT NULL,
	"rated" integer DEFAULT 0 NOT NULL,
	"satisfied" integer DEFAULT 0 NOT NULL,
	"s1" integer DEFAULT 0 NOT NULL,
	"s2" integer DEFAULT 0 NOT NULL,
	"s3" integer DEFAULT 0 NOT NULL,
	"s4" integer DEFAULT 0 NOT NULL,
	"s5" integer DEFAULT 0 NOT NULL,
	"s6" integer DEFAULT 0 NOT NULL,
	"s7" integer DEFAULT 0 NOT NULL,
	"s8" integer DEFAULT 0 NOT NULL,
	"s9" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "monthly_province_code_unit_code_agency_id_procedure_code_field_channel_month_pk" PRIMARY KEY("province_code","unit_code","agency_id","procedure_code","field","channel","month")
);
--> statement-breakpoint
CREATE INDEX "dossier_contributions_province_idx" ON "reports"."dossier_contributions" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "dossier_contributions_received_idx" ON "reports"."dossier_contributions" USING btree ("province_code","unit_code","received_day","dossier_id");--> statement-breakpoint
CREATE INDEX "dossier_contributions_finished_idx" ON "reports"."dossier_contributions" USING btree ("province_code","unit_code","finished_day","dossier_id");