CREATE SCHEMA "investment";
--> statement-breakpoint
CREATE TABLE "investment"."capital_plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"year" integer NOT NULL,
	"source" text NOT NULL,
	"amount" bigint NOT NULL,
	"decision_ref" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "capital_plans_uq" UNIQUE("project_id","year","source"),
	CONSTRAINT "capital_plans_amount" CHECK ("investment"."capital_plans"."amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "investment"."disbursements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"plan_year" integer NOT NULL,
	"source" text NOT NULL,
	"disbursed_on" date NOT NULL,
	"amount" bigint NOT NULL,
	"voucher_no" text,
	"note" text,
	"origin" text NOT NULL,
	"import_batch_id" uuid,
	"entered_by" text NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" text,
	"cancel_reason" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "disbursements_amount" CHECK ("investment"."disbursements"."amount" > 0),
	CONSTRAINT "disbursements_cancel" CHECK (("investment"."disbursements"."cancelled_at" is null) = ("investment"."disbursements"."cancel_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "investment"."extension_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"requested_on" date NOT NULL,
	"reason" text NOT NULL,
	"current_end_date" date NOT NULL,
	"requested_end_date" date NOT NULL,
	"status" text NOT NULL,
	"decision_ref" text,
	"decided_on" date,
	"approved_end_date" date,
	"decision_note" text,
	"requested_by" text NOT NULL,
	"decided_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "extension_requests_later" CHECK ("investment"."extension_requests"."requested_end_date" > "investment"."extension_requests"."current_end_date"),
	CONSTRAINT "extension_requests_decision" CHECK (("investment"."extension_requests"."status" = 'approved') = ("investment"."extension_requests"."approved_end_date" is not null))
);
--> statement-breakpoint
CREATE TABLE "investment"."import_batches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"sha256" text NOT NULL,
	"rows" integer NOT NULL,
	"total_amount" bigint NOT NULL,
	"province_codes" text[] NOT NULL,
	"imported_by" text NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	CONSTRAINT "import_batches_sha256_unique" UNIQUE("sha256")
);
--> statement-breakpoint
CREATE TABLE "investment"."monthly_plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"year" integer NOT NULL,
	"month" integer NOT NULL,
	"amount" bigint NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "monthly_plans_uq" UNIQUE("project_id","year","month"),
	CONSTRAINT "monthly_plans_month" CHECK ("investment"."monthly_plans"."month" between 1 and 12),
	CONSTRAINT "monthly_plans_amount" CHECK ("investment"."monthly_plans"."amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "investment"."projects" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"search_text" text NOT NULL,
	"owner_unit_code" text NOT NULL,
	"owner_agency_id" uuid,
	"owner_name" text NOT NULL,
	"unit_code" text NOT NULL,
	"group" text NOT NULL,
	"total_investment" bigint NOT NULL,
	"start_date" date NOT NULL,
	"planned_end_date" date NOT NULL,
	"current_end_date" date NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "projects_code_unique" UNIQUE("code"),
	CONSTRAINT "projects_total_positive" CHECK ("investment"."projects"."total_investment" > 0),
	CONSTRAINT "projects_dates" CHECK ("investment"."projects"."start_date" <= "investment"."projects"."planned_end_date" and "investment"."projects"."planned_end_date" <= "investment"."projects"."current_end_date")
);
--> statement-breakpoint
CREATE TABLE "investment"."settings" (
	"province_code" text PRIMARY KEY NOT NULL,
	"at_risk_margin_points" integer DEFAULT 10 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "settings_margin" CHECK ("investment"."settings"."at_risk_margin_points" between 0 and 100)
);
--> statement-breakpoint
ALTER TABLE "investment"."capital_plans" ADD CONSTRAINT "capital_plans_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "investment"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment"."disbursements" ADD CONSTRAINT "disbursements_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "investment"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment"."extension_requests" ADD CONSTRAINT "extension_requests_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "investment"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment"."monthly_plans" ADD CONSTRAINT "monthly_plans_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "investment"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "capital_plans_province_idx" ON "investment"."capital_plans" USING btree ("province_code","year");--> statement-breakpoint
CREATE INDEX "disbursements_project_idx" ON "investment"."disbursements" USING btree ("project_id","plan_year");--> statement-breakpoint
CREATE INDEX "disbursements_province_idx" ON "investment"."disbursements" USING btree ("province_code","plan_year","disbursed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "disbursements_voucher_uq" ON "investment"."disbursements" USING btree ("province_code","voucher_no") WHERE voucher_no is not null and cancelled_at is null;--> statement-breakpoint
CREATE INDEX "extension_requests_province_idx" ON "investment"."extension_requests" USING btree ("province_code","status");--> statement-breakpoint
CREATE UNIQUE INDEX "extension_requests_one_pending_uq" ON "investment"."extension_requests" USING btree ("project_id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "monthly_plans_province_idx" ON "investment"."monthly_plans" USING btree ("province_code","year");--> statement-breakpoint
CREATE INDEX "projects_province_idx" ON "investment"."projects" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "projects_owner_idx" ON "investment"."projects" USING btree ("owner_unit_code");