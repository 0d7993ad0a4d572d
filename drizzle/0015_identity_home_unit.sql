ALTER TABLE "identity"."sign_in_failures" ADD COLUMN "pending" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "identity"."users" ADD COLUMN "password_must_change" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "identity"."users" ADD COLUMN "home_unit_code" text;--> statement-breakpoint
ALTER TABLE "identity"."users" ADD COLUMN "home_province_code" text;--> statement-breakpoint
ALTER TABLE "identity"."users" ADD COLUMN "checks_in_flight" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "identity"."users" ADD COLUMN "checks_started_at" timestamp with time zone;--> statement-breakpoint
-- hand-written: the two home columns are added without NOT NULL above, filled here, then made NOT NULL
-- (issue 18 §4). An account's home is the unit of its earliest active grant, else of its earliest grant
-- (revoked ones count: they say where the official worked), else the installation's province.
UPDATE "identity"."users" AS u
SET "home_unit_code" = g.unit_code, "home_province_code" = g.province_code
FROM (
  SELECT DISTINCT ON (user_id) user_id, unit_code, province_code
  FROM "identity"."role_grants"
  ORDER BY user_id, (revoked_at IS NULL) DESC, created_at
) AS g
WHERE g.user_id = u.id;--> statement-breakpoint
UPDATE "identity"."users"
SET "home_unit_code" = p.code, "home_province_code" = p.code
FROM (
  SELECT coalesce(
    (SELECT value ->> 'provinceCode' FROM "platform"."settings" WHERE key = 'demo'),
    (SELECT value #>> '{}' FROM "platform"."settings" WHERE key = 'province'),
    'VN'
  ) AS code
) AS p
WHERE "home_unit_code" IS NULL;--> statement-breakpoint
ALTER TABLE "identity"."users" ALTER COLUMN "home_unit_code" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "identity"."users" ALTER COLUMN "home_province_code" SET NOT NULL;
