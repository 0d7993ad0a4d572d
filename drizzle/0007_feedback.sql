CREATE SCHEMA "feedback";
--> statement-breakpoint
CREATE TABLE "feedback"."assignments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"user_id" uuid NOT NULL,
	"assigned_by" text NOT NULL,
	"assigned_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "feedback"."cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"province_code" text NOT NULL,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"subject" text,
	"field" text NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"public_title" text NOT NULL,
	"public_content" text NOT NULL,
	"search_text" text NOT NULL,
	"commune_code" text,
	"address" text,
	"lat" double precision,
	"lng" double precision,
	"media_url" text,
	"agency_id" uuid NOT NULL,
	"unit_code" text NOT NULL,
	"status" text NOT NULL,
	"level" integer DEFAULT 1 NOT NULL,
	"previous_case_id" uuid,
	"repeated" boolean DEFAULT false NOT NULL,
	"complex" boolean DEFAULT false NOT NULL,
	"remote_area" boolean DEFAULT false NOT NULL,
	"multi_place" boolean DEFAULT false NOT NULL,
	"decision_known_on" date,
	"obstacle_days" integer DEFAULT 0 NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"answer" text,
	"public_answer" text,
	"decision_number" text,
	"answered_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"refusal_reason" text,
	"closed_at" timestamp with time zone,
	"tracking_key_hash" text,
	"oversight_requested_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "cases_code_unique" UNIQUE("code"),
	CONSTRAINT "cases_level" CHECK ("feedback"."cases"."level" in (1, 2)),
	CONSTRAINT "cases_obstacle_days" CHECK ("feedback"."cases"."obstacle_days" >= 0)
);
--> statement-breakpoint
CREATE TABLE "feedback"."code_counters" (
	"province_code" text NOT NULL,
	"kind" text NOT NULL,
	"day" date NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "code_counters_province_code_kind_day_pk" PRIMARY KEY("province_code","kind","day")
);
--> statement-breakpoint
CREATE TABLE "feedback"."deadline_rules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"step" text NOT NULL,
	"variant" text NOT NULL,
	"amount" integer NOT NULL,
	"unit" text NOT NULL,
	"max_count" integer,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"source" text NOT NULL,
	"confidence" text NOT NULL,
	"origin" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "deadline_rules_version_unique" UNIQUE("kind","step","variant","effective_from"),
	CONSTRAINT "deadline_rules_amount" CHECK ("feedback"."deadline_rules"."amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "feedback"."deadlines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"kind" text NOT NULL,
	"step" text NOT NULL,
	"rule_id" uuid NOT NULL,
	"amount" integer NOT NULL,
	"unit" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"done_at" timestamp with time zone,
	"cancelled" boolean DEFAULT false NOT NULL,
	"extensions" integer DEFAULT 0 NOT NULL,
	"overdue_marked_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "deadlines_case_step_unique" UNIQUE("case_id","step")
);
--> statement-breakpoint
CREATE TABLE "feedback"."denouncers" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"user_id" uuid,
	"full_name" text NOT NULL,
	"id_number" text NOT NULL,
	"phone" text,
	"email" text,
	"address" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback"."events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"action" text NOT NULL,
	"actor_label" text NOT NULL,
	"note" text,
	"data" jsonb,
	"visible_to_submitter" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback"."open311_keys" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"name" text NOT NULL,
	"key_hash" text NOT NULL,
	"key_prefix" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "open311_keys_key_hash_unique" UNIQUE("key_hash")
);
--> statement-breakpoint
CREATE TABLE "feedback"."open311_tokens" (
	"token" text PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"api_key_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback"."ratings" (
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"vote" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "ratings_case_id_user_id_pk" PRIMARY KEY("case_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "feedback"."submitters" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"user_id" uuid,
	"full_name" text,
	"id_number" text,
	"phone" text,
	"email" text,
	"address" text,
	"external_account" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "feedback"."assignments" ADD CONSTRAINT "assignments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "feedback"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback"."deadlines" ADD CONSTRAINT "deadlines_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "feedback"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback"."denouncers" ADD CONSTRAINT "denouncers_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "feedback"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback"."events" ADD CONSTRAINT "events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "feedback"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback"."open311_tokens" ADD CONSTRAINT "open311_tokens_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "feedback"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback"."ratings" ADD CONSTRAINT "ratings_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "feedback"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback"."submitters" ADD CONSTRAINT "submitters_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "feedback"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_active_uq" ON "feedback"."assignments" USING btree ("case_id","user_id") WHERE "feedback"."assignments"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "assignments_user_idx" ON "feedback"."assignments" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "cases_province_kind_received_idx" ON "feedback"."cases" USING btree ("province_code","kind","received_at");--> statement-breakpoint
CREATE INDEX "cases_unit_status_idx" ON "feedback"."cases" USING btree ("unit_code","status");--> statement-breakpoint
CREATE INDEX "cases_published_idx" ON "feedback"."cases" USING btree ("province_code","published_at") WHERE "feedback"."cases"."published_at" is not null;--> statement-breakpoint
CREATE INDEX "cases_search_trgm" ON "feedback"."cases" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "deadlines_open_due_idx" ON "feedback"."deadlines" USING btree ("due_at") WHERE "feedback"."deadlines"."done_at" is null;--> statement-breakpoint
CREATE INDEX "deadlines_province_idx" ON "feedback"."deadlines" USING btree ("province_code","kind","step");--> statement-breakpoint
CREATE INDEX "denouncers_user_idx" ON "feedback"."denouncers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "events_case_idx" ON "feedback"."events" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "submitters_user_idx" ON "feedback"."submitters" USING btree ("user_id");