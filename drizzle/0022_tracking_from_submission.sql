ALTER TABLE "dossiers"."dossiers" ADD COLUMN "submission_ref" text;--> statement-breakpoint
ALTER TABLE "dossiers"."dossiers" ADD COLUMN "tracking_secret" text;--> statement-breakpoint
CREATE UNIQUE INDEX "dossiers_submission_ref_uq" ON "dossiers"."dossiers" USING btree ("submission_ref");