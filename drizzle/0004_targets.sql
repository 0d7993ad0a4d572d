CREATE SCHEMA "targets";
--> statement-breakpoint
CREATE TABLE "targets"."resolutions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"body" text NOT NULL,
	"issuer_name" text NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"issued_on" date NOT NULL,
	"term" text,
	"from_year" integer NOT NULL,
	"to_year" integer NOT NULL,
	"report_due_working_days" integer DEFAULT 5 NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "resolutions_number_uq" UNIQUE("province_code","number","issued_on"),
	CONSTRAINT "resolutions_years" CHECK ("targets"."resolutions"."from_year" <= "targets"."resolutions"."to_year")
);
--> statement-breakpoint
CREATE TABLE "targets"."target_values" (
	"id" uuid PRIMARY KEY NOT NULL,
	"target_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"year" integer NOT NULL,
	"period" text NOT NULL,
	"revision" integer NOT NULL,
	"value" numeric(20, 4) NOT NULL,
	"source" text NOT NULL,
	"note" text,
	"correction_reason" text,
	"status" text NOT NULL,
	"reported_by" text NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"review_note" text,
	"locked_by" text,
	"locked_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "target_values_revision_uq" UNIQUE("target_id","year","period","revision"),
	CONSTRAINT "target_values_revision_positive" CHECK ("targets"."target_values"."revision" >= 1),
	CONSTRAINT "target_values_correction_reason" CHECK (("targets"."target_values"."revision" = 1) = ("targets"."target_values"."correction_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "targets"."targets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"resolution_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"parent_id" uuid,
	"label" text NOT NULL,
	"position" integer NOT NULL,
	"indicator_key" text NOT NULL,
	"indicator" text NOT NULL,
	"indicator_en" text,
	"unit_of_measure" text NOT NULL,
	"measure" text NOT NULL,
	"accumulates" boolean NOT NULL,
	"kind" text NOT NULL,
	"plan_low" numeric(20, 4),
	"plan_high" numeric(20, 4),
	"strict" boolean DEFAULT false NOT NULL,
	"tolerance" numeric(20, 4),
	"preferred" text NOT NULL,
	"due_year" integer NOT NULL,
	"unit_codes" text[] NOT NULL,
	"scope_label" text,
	"responsible_unit_code" text NOT NULL,
	"responsible_agency_id" uuid,
	"responsible_agency_name" text NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "targets_label_uq" UNIQUE("resolution_id","label"),
	CONSTRAINT "targets_plan_shape" CHECK (case "targets"."targets"."kind"
        when 'range' then "targets"."targets"."plan_low" is not null and "targets"."targets"."plan_high" is not null and "targets"."targets"."plan_low" <= "targets"."targets"."plan_high"
        when 'at_least' then "targets"."targets"."plan_low" is not null and "targets"."targets"."plan_high" is null
        when 'at_most' then "targets"."targets"."plan_high" is not null and "targets"."targets"."plan_low" is null
        when 'exact' then "targets"."targets"."plan_low" is not null and "targets"."targets"."plan_high" is null
        else "targets"."targets"."plan_low" is null and "targets"."targets"."plan_high" is null and "targets"."targets"."preferred" <> 'none' end)
);
--> statement-breakpoint
ALTER TABLE "targets"."target_values" ADD CONSTRAINT "target_values_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "targets"."targets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets"."targets" ADD CONSTRAINT "targets_resolution_id_resolutions_id_fk" FOREIGN KEY ("resolution_id") REFERENCES "targets"."resolutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets"."targets" ADD CONSTRAINT "targets_parent_id_targets_id_fk" FOREIGN KEY ("parent_id") REFERENCES "targets"."targets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "resolutions_province_idx" ON "targets"."resolutions" USING btree ("province_code","to_year");--> statement-breakpoint
CREATE INDEX "target_values_province_idx" ON "targets"."target_values" USING btree ("province_code","year","period");--> statement-breakpoint
CREATE INDEX "targets_resolution_idx" ON "targets"."targets" USING btree ("resolution_id","position");--> statement-breakpoint
CREATE INDEX "targets_indicator_idx" ON "targets"."targets" USING btree ("province_code","indicator_key");--> statement-breakpoint
CREATE INDEX "targets_responsible_idx" ON "targets"."targets" USING btree ("responsible_unit_code");