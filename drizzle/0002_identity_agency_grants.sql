DROP INDEX "identity"."role_grants_active_uq";--> statement-breakpoint
ALTER TABLE "identity"."role_grants" ADD COLUMN "agency_id" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "role_grants_active_uq" ON "identity"."role_grants" USING btree ("user_id","role","unit_code",coalesce("agency_id"::text, '')) WHERE revoked_at is null;