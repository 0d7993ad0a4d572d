CREATE SCHEMA "dossiers";
--> statement-breakpoint
CREATE TABLE "dossiers"."code_counters" (
	"agency_code" text NOT NULL,
	"day" date NOT NULL,
	"province_code" text NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "code_counters_agency_code_day_pk" PRIMARY KEY("agency_code","day")
);
--> statement-breakpoint
CREATE TABLE "dossiers"."consultations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"unit_code" text NOT NULL,
	"content" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"requested_by" text NOT NULL,
	"deadline_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"answered_by" text,
	"answer" text
);
--> statement-breakpoint
CREATE TABLE "dossiers"."documents" (
	"dossier_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"province_code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"file_id" text,
	"file_name" text,
	"media_type" text,
	"size_bytes" bigint,
	"added_at" timestamp with time zone NOT NULL,
	"added_by" text NOT NULL,
	CONSTRAINT "documents_dossier_id_position_pk" PRIMARY KEY("dossier_id","position")
);
--> statement-breakpoint
CREATE TABLE "dossiers"."dossiers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"code" text,
	"tracking_secret_hash" text,
	"status" text NOT NULL,
	"channel" text NOT NULL,
	"procedure_id" uuid NOT NULL,
	"procedure_code" text NOT NULL,
	"procedure_version_id" uuid NOT NULL,
	"procedure_version_no" integer NOT NULL,
	"procedure_name" text NOT NULL,
	"field" text NOT NULL,
	"publication_id" uuid,
	"receiving_agency_id" uuid,
	"receiving_unit_code" text,
	"competent_agency_id" uuid,
	"competent_unit_code" text,
	"applicant_user_id" uuid,
	"applicant_name" text NOT NULL,
	"applicant" jsonb NOT NULL,
	"subject_unit_code" text,
	"declared" jsonb NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone,
	"counting_from" timestamp with time zone,
	"appointment_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"duration_amount" double precision,
	"duration_unit" text,
	"clock" jsonb,
	"workflow" jsonb NOT NULL,
	"current_step" integer,
	"current_agency_id" uuid,
	"current_unit_code" text,
	"current_role" text,
	"step_since" timestamp with time zone,
	"step_deadline" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"returned_at" timestamp with time zone,
	"outcome" text,
	"timeliness" text,
	"on_time_indicator" boolean,
	"on_time_portal" boolean,
	"supplement_count" integer DEFAULT 0 NOT NULL,
	"supplement_minutes" integer DEFAULT 0 NOT NULL,
	"extended" boolean DEFAULT false NOT NULL,
	"result_method" text NOT NULL,
	"postal_tracking_number" text,
	"e_result" boolean DEFAULT false NOT NULL,
	"result_file" jsonb,
	"fee_total_dong" bigint DEFAULT 0 NOT NULL,
	"paid_at" timestamp with time zone,
	"paid_online" boolean DEFAULT false NOT NULL,
	"payment_method" text,
	"payment_reference" text,
	"reconciled_at" timestamp with time zone,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossiers"."events" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	"payload" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossiers"."fees" (
	"dossier_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"province_code" text NOT NULL,
	"name" text NOT NULL,
	"amount_dong" bigint NOT NULL,
	CONSTRAINT "fees_dossier_id_position_pk" PRIMARY KEY("dossier_id","position")
);
--> statement-breakpoint
CREATE TABLE "dossiers"."idempotency_keys" (
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status_code" integer,
	"response" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_scope_key_pk" PRIMARY KEY("scope","key")
);
--> statement-breakpoint
CREATE TABLE "dossiers"."ratings" (
	"dossier_id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"scores" smallint[] NOT NULL,
	"comment" text,
	"rated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossiers"."track_failures" (
	"ip" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossiers"."uploads" (
	"user_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "uploads_user_id_sha256_pk" PRIMARY KEY("user_id","sha256")
);
--> statement-breakpoint
CREATE TABLE "dossiers"."visits" (
	"dossier_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"province_code" text NOT NULL,
	"step_position" integer NOT NULL,
	"step_name" text NOT NULL,
	"role" text,
	"agency_id" uuid,
	"unit_code" text,
	"received_at" timestamp with time zone NOT NULL,
	"received_by" text NOT NULL,
	"received_by_id" uuid,
	"given_at" timestamp with time zone,
	"given_by" text,
	"given_by_id" uuid,
	"action" text,
	"allotted_amount" double precision,
	"allotted_unit" text,
	"deadline_at" timestamp with time zone,
	"timeliness" text,
	"note" text,
	CONSTRAINT "visits_dossier_id_seq_pk" PRIMARY KEY("dossier_id","seq")
);
--> statement-breakpoint
CREATE INDEX "consultations_dossier_idx" ON "dossiers"."consultations" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "consultations_agency_idx" ON "dossiers"."consultations" USING btree ("agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dossiers_code_uq" ON "dossiers"."dossiers" USING btree ("code");--> statement-breakpoint
CREATE INDEX "dossiers_province_received_idx" ON "dossiers"."dossiers" USING btree ("province_code","received_at");--> statement-breakpoint
CREATE INDEX "dossiers_current_agency_idx" ON "dossiers"."dossiers" USING btree ("current_agency_id","status");--> statement-breakpoint
CREATE INDEX "dossiers_receiving_agency_idx" ON "dossiers"."dossiers" USING btree ("receiving_agency_id","status");--> statement-breakpoint
CREATE INDEX "dossiers_status_idx" ON "dossiers"."dossiers" USING btree ("province_code","status");--> statement-breakpoint
CREATE INDEX "dossiers_applicant_idx" ON "dossiers"."dossiers" USING btree ("applicant_user_id");--> statement-breakpoint
CREATE INDEX "events_dossier_idx" ON "dossiers"."events" USING btree ("dossier_id","seq");--> statement-breakpoint
CREATE INDEX "events_province_idx" ON "dossiers"."events" USING btree ("province_code","seq");--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "dossiers"."idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "track_failures_ip_idx" ON "dossiers"."track_failures" USING btree ("ip","at");