CREATE SCHEMA "oversight";
--> statement-breakpoint
CREATE TABLE "oversight"."agenda_items" (
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"province_code" text NOT NULL,
	"title" text NOT NULL,
	"presenter" text,
	CONSTRAINT "agenda_items_meeting_id_position_pk" PRIMARY KEY("meeting_id","position")
);
--> statement-breakpoint
CREATE TABLE "oversight"."conclusions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"issuer_unit_code" text NOT NULL,
	"issuer_name" text NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"issued_on" date NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"meeting_id" uuid,
	"signer_name" text,
	"document_reference" text,
	"search_text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "oversight"."escalations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"task_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"step" text NOT NULL,
	"audience" text NOT NULL,
	"deadline" date NOT NULL,
	"working_days_from_deadline" integer NOT NULL,
	"fired_on" date NOT NULL,
	"fired_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "oversight"."ladder_steps" (
	"province_code" text NOT NULL,
	"step" text NOT NULL,
	"offset_working_days" integer NOT NULL,
	"audience" text NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ladder_steps_province_code_step_pk" PRIMARY KEY("province_code","step")
);
--> statement-breakpoint
CREATE TABLE "oversight"."meeting_documents" (
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"province_code" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"reference" text,
	"outcome" text,
	"outcome_note" text,
	"votes_for" integer,
	"votes_against" integer,
	"votes_abstain" integer,
	CONSTRAINT "meeting_documents_meeting_id_position_pk" PRIMARY KEY("meeting_id","position")
);
--> statement-breakpoint
CREATE TABLE "oversight"."meetings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"unit_code" text NOT NULL,
	"body_kind" text NOT NULL,
	"body_name" text NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"location" text,
	"chair_name" text,
	"minutes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "oversight"."notice_reads" (
	"notice_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"read_at" timestamp with time zone NOT NULL,
	CONSTRAINT "notice_reads_notice_id_user_id_pk" PRIMARY KEY("notice_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "oversight"."notices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"task_id" uuid NOT NULL,
	"audience" text NOT NULL,
	"unit_code" text NOT NULL,
	"agency_id" uuid,
	"kind" text NOT NULL,
	"params" jsonb NOT NULL,
	"escalation_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "oversight"."participants" (
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"province_code" text NOT NULL,
	"name" text NOT NULL,
	"title" text,
	"role" text NOT NULL,
	"attendance" text NOT NULL,
	CONSTRAINT "participants_meeting_id_position_pk" PRIMARY KEY("meeting_id","position")
);
--> statement-breakpoint
CREATE TABLE "oversight"."task_coordinators" (
	"task_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"unit_code" text NOT NULL,
	"province_code" text NOT NULL,
	CONSTRAINT "task_coordinators_task_id_agency_id_pk" PRIMARY KEY("task_id","agency_id")
);
--> statement-breakpoint
CREATE TABLE "oversight"."task_extensions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"task_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"previous_deadline" date NOT NULL,
	"requested_deadline" date NOT NULL,
	"reason" text NOT NULL,
	"status" text NOT NULL,
	"requester_id" uuid,
	"requester_name" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"granted_deadline" date,
	"decision_note" text,
	"decider_id" uuid,
	"decider_name" text,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "oversight"."task_links" (
	"id" uuid PRIMARY KEY NOT NULL,
	"task_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"kind" text NOT NULL,
	"reference" text NOT NULL,
	"note" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "oversight"."task_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"task_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"kind" text NOT NULL,
	"percent" integer NOT NULL,
	"text" text NOT NULL,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reporter_id" uuid,
	"reporter_name" text NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	"reported_on" date NOT NULL,
	"review" text,
	"review_note" text,
	"reviewer_id" uuid,
	"reviewer_name" text,
	"reviewed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "oversight"."tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"conclusion_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"lead_agency_id" uuid NOT NULL,
	"lead_unit_code" text NOT NULL,
	"priority" text NOT NULL,
	"expected_output" text,
	"deadline" date NOT NULL,
	"original_deadline" date NOT NULL,
	"deadline_working_days" integer,
	"status" text NOT NULL,
	"progress_percent" integer DEFAULT 0 NOT NULL,
	"accepted_at" timestamp with time zone,
	"last_reported_at" timestamp with time zone,
	"completion_reported_on" date,
	"confirmed_at" timestamp with time zone,
	"search_text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "oversight"."agenda_items" ADD CONSTRAINT "agenda_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "oversight"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oversight"."conclusions" ADD CONSTRAINT "conclusions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "oversight"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oversight"."escalations" ADD CONSTRAINT "escalations_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "oversight"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oversight"."meeting_documents" ADD CONSTRAINT "meeting_documents_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "oversight"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oversight"."notice_reads" ADD CONSTRAINT "notice_reads_notice_id_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "oversight"."notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oversight"."notices" ADD CONSTRAINT "notices_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "oversight"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oversight"."notices" ADD CONSTRAINT "notices_escalation_id_escalations_id_fk" FOREIGN KEY ("escalation_id") REFERENCES "oversight"."escalations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oversight"."participants" ADD CONSTRAINT "participants_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "oversight"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oversight"."task_coordinators" ADD CONSTRAINT "task_coordinators_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "oversight"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oversight"."task_extensions" ADD CONSTRAINT "task_extensions_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "oversight"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oversight"."task_links" ADD CONSTRAINT "task_links_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "oversight"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oversight"."task_reports" ADD CONSTRAINT "task_reports_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "oversight"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oversight"."tasks" ADD CONSTRAINT "tasks_conclusion_id_conclusions_id_fk" FOREIGN KEY ("conclusion_id") REFERENCES "oversight"."conclusions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "conclusions_number_uq" ON "oversight"."conclusions" USING btree ("issuer_unit_code","number",extract(year from "issued_on"));--> statement-breakpoint
CREATE INDEX "conclusions_issuer_idx" ON "oversight"."conclusions" USING btree ("province_code","issuer_unit_code","issued_on");--> statement-breakpoint
CREATE INDEX "conclusions_search_trgm" ON "oversight"."conclusions" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "escalations_step_uq" ON "oversight"."escalations" USING btree ("task_id","step","deadline");--> statement-breakpoint
CREATE INDEX "escalations_province_idx" ON "oversight"."escalations" USING btree ("province_code","fired_at");--> statement-breakpoint
CREATE INDEX "meetings_unit_idx" ON "oversight"."meetings" USING btree ("province_code","unit_code","starts_at");--> statement-breakpoint
CREATE INDEX "notices_unit_idx" ON "oversight"."notices" USING btree ("province_code","unit_code","created_at");--> statement-breakpoint
CREATE INDEX "notices_task_idx" ON "oversight"."notices" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "task_coordinators_agency_idx" ON "oversight"."task_coordinators" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "task_extensions_task_idx" ON "oversight"."task_extensions" USING btree ("task_id","requested_at");--> statement-breakpoint
CREATE UNIQUE INDEX "task_extensions_one_pending_uq" ON "oversight"."task_extensions" USING btree ("task_id") WHERE status = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "task_links_uq" ON "oversight"."task_links" USING btree ("task_id","kind","reference");--> statement-breakpoint
CREATE INDEX "task_reports_task_idx" ON "oversight"."task_reports" USING btree ("task_id","reported_at");--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_seq_uq" ON "oversight"."tasks" USING btree ("conclusion_id","seq");--> statement-breakpoint
CREATE INDEX "tasks_code_idx" ON "oversight"."tasks" USING btree ("province_code","code");--> statement-breakpoint
CREATE INDEX "tasks_status_deadline_idx" ON "oversight"."tasks" USING btree ("province_code","status","deadline");--> statement-breakpoint
CREATE INDEX "tasks_lead_idx" ON "oversight"."tasks" USING btree ("lead_agency_id");--> statement-breakpoint
CREATE INDEX "tasks_lead_unit_idx" ON "oversight"."tasks" USING btree ("lead_unit_code");--> statement-breakpoint
CREATE INDEX "tasks_search_trgm" ON "oversight"."tasks" USING gin ("search_text" gin_trgm_ops);