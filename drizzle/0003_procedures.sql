CREATE SCHEMA "procedures";
--> statement-breakpoint
CREATE TABLE "procedures"."fee_table_rows" (
	"fee_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"amount_dong" bigint NOT NULL,
	CONSTRAINT "fee_table_rows_fee_id_position_pk" PRIMARY KEY("fee_id","position")
);
--> statement-breakpoint
CREATE TABLE "procedures"."procedures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"current_version_id" uuid NOT NULL,
	"status" text NOT NULL,
	"published_on" date NOT NULL,
	"withdrawn_on" date,
	"import_hash" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "procedures_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "procedures"."publication_fees" (
	"id" uuid PRIMARY KEY NOT NULL,
	"publication_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"amount_dong" bigint,
	"per" text,
	"note" text,
	"basis" text
);
--> statement-breakpoint
CREATE TABLE "procedures"."publication_receivers" (
	"publication_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"agency_id" uuid NOT NULL,
	CONSTRAINT "publication_receivers_publication_id_agency_id_pk" PRIMARY KEY("publication_id","agency_id")
);
--> statement-breakpoint
CREATE TABLE "procedures"."publications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"procedure_id" uuid NOT NULL,
	"status" text NOT NULL,
	"published_on" date NOT NULL,
	"withdrawn_on" date,
	"decision_number" text,
	"decision_date" date,
	"deciding_agency_id" uuid,
	"deciding_agency_kind" text NOT NULL,
	"receiving" text NOT NULL,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procedures"."version_fees" (
	"version_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"channel" text,
	"kind" text NOT NULL,
	"amount_dong" bigint,
	"note" text,
	CONSTRAINT "version_fees_version_id_position_pk" PRIMARY KEY("version_id","position")
);
--> statement-breakpoint
CREATE TABLE "procedures"."versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"procedure_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"levels" text[] NOT NULL,
	"levels_text" text NOT NULL,
	"field" text NOT NULL,
	"procedure_type" text,
	"legal_basis_number" text,
	"legal_basis_date" date,
	"legal_basis_text" text,
	"ministry" text,
	"implementing_agencies" text,
	"competent_authority" text,
	"deciding_agency_kind" text,
	"applicants" text[] NOT NULL,
	"channels" text[] NOT NULL,
	"durations" jsonb NOT NULL,
	"duration_text" text NOT NULL,
	"online_level" text,
	"documents" jsonb NOT NULL,
	"how_to_text" text,
	"url" text,
	"source" text NOT NULL,
	"source_ref" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"search_text" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procedures"."workflow_steps" (
	"workflow_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"role" text,
	"agency_ref" text NOT NULL,
	"agency_id" uuid,
	"amount" double precision NOT NULL,
	"unit" text NOT NULL,
	CONSTRAINT "workflow_steps_workflow_id_position_pk" PRIMARY KEY("workflow_id","position")
);
--> statement-breakpoint
CREATE TABLE "procedures"."workflows" (
	"id" uuid PRIMARY KEY NOT NULL,
	"publication_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"template" text NOT NULL,
	"status" text NOT NULL,
	"published_at" timestamp with time zone,
	"version" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "workflows_publication_id_unique" UNIQUE("publication_id")
);
--> statement-breakpoint
ALTER TABLE "procedures"."fee_table_rows" ADD CONSTRAINT "fee_table_rows_fee_id_publication_fees_id_fk" FOREIGN KEY ("fee_id") REFERENCES "procedures"."publication_fees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures"."publication_fees" ADD CONSTRAINT "publication_fees_publication_id_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "procedures"."publications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures"."publication_receivers" ADD CONSTRAINT "publication_receivers_publication_id_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "procedures"."publications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures"."publications" ADD CONSTRAINT "publications_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "procedures"."procedures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures"."version_fees" ADD CONSTRAINT "version_fees_version_id_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "procedures"."versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures"."versions" ADD CONSTRAINT "versions_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "procedures"."procedures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures"."workflow_steps" ADD CONSTRAINT "workflow_steps_workflow_id_workflows_id_fk" FOREIGN KEY ("workflow_id") REFERENCES "procedures"."workflows"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures"."workflows" ADD CONSTRAINT "workflows_publication_id_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "procedures"."publications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "publication_fees_publication_idx" ON "procedures"."publication_fees" USING btree ("publication_id");--> statement-breakpoint
CREATE UNIQUE INDEX "publications_province_procedure_uq" ON "procedures"."publications" USING btree ("province_code","procedure_id");--> statement-breakpoint
CREATE INDEX "publications_deciding_idx" ON "procedures"."publications" USING btree ("province_code","deciding_agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "versions_procedure_no_uq" ON "procedures"."versions" USING btree ("procedure_id","version_no");--> statement-breakpoint
CREATE INDEX "versions_code_idx" ON "procedures"."versions" USING btree ("code","valid_from");--> statement-breakpoint
CREATE INDEX "versions_search_trgm" ON "procedures"."versions" USING gin ("search_text" gin_trgm_ops);