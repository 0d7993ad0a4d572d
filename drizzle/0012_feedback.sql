CREATE TABLE "feedback"."intake_hits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"bucket" text NOT NULL,
	"key" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "feedback"."cases" ADD COLUMN "suspended_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "intake_hits_key_idx" ON "feedback"."intake_hits" USING btree ("bucket","key","at");