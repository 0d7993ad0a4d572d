CREATE SCHEMA "disasters";
--> statement-breakpoint
CREATE SCHEMA "staffing";
--> statement-breakpoint
CREATE TABLE "disasters"."damage_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"unit_code" text NOT NULL,
	"revision" integer NOT NULL,
	"reported_on" date NOT NULL,
	"figures" jsonb NOT NULL,
	"estimated_value" bigint NOT NULL,
	"initial" boolean NOT NULL,
	"note" text,
	"reported_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "damage_reports_revision_uq" UNIQUE("event_id","unit_code","revision"),
	CONSTRAINT "damage_reports_value" CHECK ("disasters"."damage_reports"."estimated_value" >= 0)
);
--> statement-breakpoint
CREATE TABLE "disasters"."event_communes" (
	"event_id" uuid NOT NULL,
	"unit_code" text NOT NULL,
	"province_code" text NOT NULL,
	CONSTRAINT "event_communes_event_id_unit_code_pk" PRIMARY KEY("event_id","unit_code")
);
--> statement-breakpoint
CREATE TABLE "disasters"."events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"hazards" text[] NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"description" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "events_code_uq" UNIQUE("province_code","code"),
	CONSTRAINT "events_dates" CHECK ("disasters"."events"."ended_on" is null or "disasters"."events"."ended_on" >= "disasters"."events"."started_on")
);
--> statement-breakpoint
CREATE TABLE "disasters"."recovery_directives" (
	"event_id" uuid NOT NULL,
	"conclusion_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "recovery_directives_event_id_conclusion_id_pk" PRIMARY KEY("event_id","conclusion_id")
);
--> statement-breakpoint
CREATE TABLE "disasters"."scenarios" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"unit_code" text NOT NULL,
	"hazard" text NOT NULL,
	"title" text NOT NULL,
	"households_at_risk" integer NOT NULL,
	"people_at_risk" integer NOT NULL,
	"evacuation_sites" text NOT NULL,
	"forces" text NOT NULL,
	"supplies" text NOT NULL,
	"approved_on" date,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "scenarios_counts" CHECK ("disasters"."scenarios"."households_at_risk" >= 0 and "disasters"."scenarios"."people_at_risk" >= 0)
);
--> statement-breakpoint
CREATE TABLE "staffing"."facilities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"unit_code" text NOT NULL,
	"item" text NOT NULL,
	"quantity" integer NOT NULL,
	"condition" text NOT NULL,
	"note" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "facilities_quantity" CHECK ("staffing"."facilities"."quantity" between 0 and 100000),
	CONSTRAINT "facilities_dates" CHECK ("staffing"."facilities"."valid_to" is null or "staffing"."facilities"."valid_to" >= "staffing"."facilities"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "staffing"."facility_norms" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"item" text NOT NULL,
	"required" integer NOT NULL,
	"decision_ref" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "norms_required" CHECK ("staffing"."facility_norms"."required" between 0 and 100000)
);
--> statement-breakpoint
CREATE TABLE "staffing"."quotas" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"unit_code" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"job_position" text NOT NULL,
	"posts" integer NOT NULL,
	"decision_ref" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "quotas_posts" CHECK ("staffing"."quotas"."posts" between 0 and 1000),
	CONSTRAINT "quotas_dates" CHECK ("staffing"."quotas"."valid_to" is null or "staffing"."quotas"."valid_to" >= "staffing"."quotas"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "staffing"."staff_members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"unit_code" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"job_position" text NOT NULL,
	"qualification" text NOT NULL,
	"field_of_study" text,
	"trainings" text[] DEFAULT '{}'::text[] NOT NULL,
	"position_id" uuid,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "staff_dates" CHECK ("staffing"."staff_members"."valid_to" is null or "staffing"."staff_members"."valid_to" >= "staffing"."staff_members"."valid_from")
);
--> statement-breakpoint
ALTER TABLE "disasters"."damage_reports" ADD CONSTRAINT "damage_reports_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "disasters"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disasters"."event_communes" ADD CONSTRAINT "event_communes_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "disasters"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disasters"."recovery_directives" ADD CONSTRAINT "recovery_directives_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "disasters"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "damage_reports_event_idx" ON "disasters"."damage_reports" USING btree ("event_id","reported_on");--> statement-breakpoint
CREATE INDEX "scenarios_unit_idx" ON "disasters"."scenarios" USING btree ("province_code","unit_code");--> statement-breakpoint
CREATE INDEX "facilities_unit_idx" ON "staffing"."facilities" USING btree ("province_code","unit_code");--> statement-breakpoint
CREATE INDEX "norms_province_idx" ON "staffing"."facility_norms" USING btree ("province_code","item");--> statement-breakpoint
CREATE INDEX "quotas_unit_idx" ON "staffing"."quotas" USING btree ("province_code","unit_code");--> statement-breakpoint
CREATE INDEX "staff_unit_idx" ON "staffing"."staff_members" USING btree ("province_code","unit_code");--> statement-breakpoint
CREATE INDEX "staff_person_idx" ON "staffing"."staff_members" USING btree ("person_id");