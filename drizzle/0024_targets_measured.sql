ALTER TABLE "targets"."targets" ADD COLUMN "measured_by" text;--> statement-breakpoint
ALTER TABLE "targets"."targets" ADD COLUMN "measured_unit_code" text;--> statement-breakpoint
ALTER TABLE "targets"."targets" ADD COLUMN "measured_level" text;--> statement-breakpoint
ALTER TABLE "targets"."targets" ADD CONSTRAINT "targets_measured_shape" CHECK (("targets"."targets"."measured_by" is null) = ("targets"."targets"."measured_unit_code" is null) and ("targets"."targets"."measured_level" is null or "targets"."targets"."measured_by" is not null));