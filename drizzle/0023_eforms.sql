CREATE TABLE "dossiers"."result_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"agency_name" text NOT NULL,
	"year" integer NOT NULL,
	"number" integer NOT NULL,
	"number_text" text NOT NULL,
	"verification_code" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"dossier_code" text,
	"sha256" text NOT NULL,
	"signer_name" text NOT NULL,
	"signer_title" text,
	"issued_at" timestamp with time zone NOT NULL,
	CONSTRAINT "result_documents_dossier_id_unique" UNIQUE("dossier_id"),
	CONSTRAINT "result_documents_verification_code_unique" UNIQUE("verification_code")
);
--> statement-breakpoint
CREATE TABLE "dossiers"."result_registers" (
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"province_code" text NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "result_registers_agency_id_year_pk" PRIMARY KEY("agency_id","year")
);
--> statement-breakpoint
ALTER TABLE "dossiers"."dossiers" ADD COLUMN "declaration" jsonb;--> statement-breakpoint
ALTER TABLE "procedures"."versions" ADD COLUMN "declaration_form" jsonb;--> statement-breakpoint
CREATE UNIQUE INDEX "result_documents_number_uq" ON "dossiers"."result_documents" USING btree ("agency_id","year","number");