CREATE SCHEMA "reception";
--> statement-breakpoint
CREATE TABLE "oversight"."task_files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"task_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"uploaded_by" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception"."denouncers" (
	"entry_id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"full_name" text NOT NULL,
	"id_number" text,
	"address" text,
	"phone" text,
	"content" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception"."entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"unit_code" text NOT NULL,
	"session_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"classification" text NOT NULL,
	"content" text NOT NULL,
	"people_count" integer NOT NULL,
	"previously_handled_by" text,
	"within_competence" boolean NOT NULL,
	"outcome" text NOT NULL,
	"referred_to" text,
	"referral_number" text,
	"case_id" uuid,
	"case_code" text,
	"follow_up" text,
	"note" text,
	"recorded_by" text NOT NULL,
	"recorded_by_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception"."schedules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"unit_code" text NOT NULL,
	"receiver_name" text NOT NULL,
	"receiver_title" text NOT NULL,
	"kind" text NOT NULL,
	"mode" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"location" text NOT NULL,
	"note" text,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception"."sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"unit_code" text NOT NULL,
	"schedule_id" uuid,
	"receiver_name" text NOT NULL,
	"receiver_title" text NOT NULL,
	"receiver_user_id" uuid,
	"kind" text NOT NULL,
	"mode" text NOT NULL,
	"held_on" date NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"location" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception"."visitors" (
	"entry_id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"full_name" text NOT NULL,
	"id_number" text,
	"address" text,
	"phone" text
);
--> statement-breakpoint
ALTER TABLE "oversight"."conclusions" ADD COLUMN "source" text DEFAULT 'own' NOT NULL;--> statement-breakpoint
ALTER TABLE "oversight"."task_files" ADD CONSTRAINT "task_files_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "oversight"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception"."denouncers" ADD CONSTRAINT "denouncers_entry_id_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "reception"."entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception"."entries" ADD CONSTRAINT "entries_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "reception"."sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception"."sessions" ADD CONSTRAINT "sessions_schedule_id_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "reception"."schedules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception"."visitors" ADD CONSTRAINT "visitors_entry_id_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "reception"."entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "task_files_task_idx" ON "oversight"."task_files" USING btree ("task_id");--> statement-breakpoint
CREATE UNIQUE INDEX "entries_seq_uq" ON "reception"."entries" USING btree ("unit_code","year","seq");--> statement-breakpoint
CREATE INDEX "entries_unit_idx" ON "reception"."entries" USING btree ("province_code","unit_code","received_at");--> statement-breakpoint
CREATE INDEX "entries_session_idx" ON "reception"."entries" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "schedules_unit_idx" ON "reception"."schedules" USING btree ("province_code","unit_code","starts_at");--> statement-breakpoint
CREATE INDEX "sessions_unit_idx" ON "reception"."sessions" USING btree ("province_code","unit_code","held_on");