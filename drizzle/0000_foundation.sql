-- Trigram indexes for diacritic-insensitive search over folded text (units, procedures, …).
-- pg_trgm is a trusted extension (PostgreSQL ≥ 13): a database owner may create it without superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE SCHEMA "platform";
--> statement-breakpoint
CREATE SCHEMA "audit";
--> statement-breakpoint
CREATE SCHEMA "identity";
--> statement-breakpoint
CREATE SCHEMA "units";
--> statement-breakpoint
CREATE TABLE "platform"."settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit"."entries" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"province_code" text,
	"request_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "entries_id_unique" UNIQUE("id")
);
--> statement-breakpoint
CREATE TABLE "identity"."role_grants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"unit_code" text NOT NULL,
	"province_code" text NOT NULL,
	"valid_from" date NOT NULL,
	"revoked_at" timestamp with time zone,
	"granted_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identity"."sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "identity"."sign_in_failures" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"ip" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identity"."users" (
	"id" uuid PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"kind" text NOT NULL,
	"email" text,
	"phone" text,
	"password_hash" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "units"."agencies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_code" text NOT NULL,
	"province_code" text NOT NULL,
	"kind" text NOT NULL,
	"code" text,
	"name" text NOT NULL,
	"name_en" text,
	"parent_agency_id" uuid,
	"search_text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "agencies_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "units"."legacy_units" (
	"code" text NOT NULL,
	"level" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"type" text NOT NULL,
	"parent_code" text,
	"search_text" text NOT NULL,
	CONSTRAINT "legacy_units_level_code_pk" PRIMARY KEY("level","code")
);
--> statement-breakpoint
CREATE TABLE "units"."lineage" (
	"old_key" text NOT NULL,
	"old_level" text NOT NULL,
	"old_code" text,
	"old_name" text NOT NULL,
	"old_district_code" text NOT NULL,
	"old_province_code" text NOT NULL,
	"new_code" text NOT NULL,
	"relation" text NOT NULL,
	"relation_text" text NOT NULL,
	"note" text,
	CONSTRAINT "lineage_old_key_new_code_pk" PRIMARY KEY("old_key","new_code")
);
--> statement-breakpoint
CREATE TABLE "units"."positions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE "units"."unit_versions" (
	"code" text NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"name" text NOT NULL,
	"name_en" text,
	"type" text NOT NULL,
	"parent_code" text,
	"search_text" text NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "unit_versions_code_effective_from_pk" PRIMARY KEY("code","effective_from")
);
--> statement-breakpoint
CREATE TABLE "units"."units" (
	"code" text PRIMARY KEY NOT NULL,
	"level" text NOT NULL,
	"province_code" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "identity"."role_grants" ADD CONSTRAINT "role_grants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "identity"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity"."sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "identity"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units"."agencies" ADD CONSTRAINT "agencies_unit_code_units_code_fk" FOREIGN KEY ("unit_code") REFERENCES "units"."units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units"."lineage" ADD CONSTRAINT "lineage_new_code_units_code_fk" FOREIGN KEY ("new_code") REFERENCES "units"."units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units"."positions" ADD CONSTRAINT "positions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "units"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units"."unit_versions" ADD CONSTRAINT "unit_versions_code_units_code_fk" FOREIGN KEY ("code") REFERENCES "units"."units"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "entries_entity_idx" ON "audit"."entries" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "entries_at_idx" ON "audit"."entries" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "role_grants_active_uq" ON "identity"."role_grants" USING btree ("user_id","role","unit_code") WHERE revoked_at is null;--> statement-breakpoint
CREATE INDEX "role_grants_unit_idx" ON "identity"."role_grants" USING btree ("unit_code");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "identity"."sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "identity"."sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "sign_in_failures_ip_at_idx" ON "identity"."sign_in_failures" USING btree ("ip","at");--> statement-breakpoint
CREATE INDEX "agencies_unit_idx" ON "units"."agencies" USING btree ("unit_code");--> statement-breakpoint
CREATE INDEX "lineage_new_idx" ON "units"."lineage" USING btree ("new_code");--> statement-breakpoint
CREATE INDEX "lineage_old_code_idx" ON "units"."lineage" USING btree ("old_code");--> statement-breakpoint
CREATE INDEX "positions_agency_idx" ON "units"."positions" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "positions_user_idx" ON "units"."positions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "unit_versions_search_trgm" ON "units"."unit_versions" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "unit_versions_parent_idx" ON "units"."unit_versions" USING btree ("parent_code");

--> statement-breakpoint
-- The audit trail is append-only (issue 2 §5): refuse UPDATE and DELETE at the database level too.
CREATE FUNCTION "audit"."refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit.entries is append-only';
END
$$;
--> statement-breakpoint
CREATE TRIGGER "entries_append_only" BEFORE UPDATE OR DELETE ON "audit"."entries"
  FOR EACH ROW EXECUTE FUNCTION "audit"."refuse_change"();
