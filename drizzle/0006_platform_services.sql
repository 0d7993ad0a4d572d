CREATE SCHEMA "files";
--> statement-breakpoint
CREATE SCHEMA "notify";
--> statement-breakpoint
CREATE SCHEMA "signing";
--> statement-breakpoint
CREATE TABLE "files"."blobs" (
	"sha256" text PRIMARY KEY NOT NULL,
	"size" bigint NOT NULL,
	"media_type" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "blobs_sha256_hex" CHECK ("files"."blobs"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "blobs_size_matches" CHECK ("files"."blobs"."size" = octet_length("files"."blobs"."content"))
);
--> statement-breakpoint
CREATE TABLE "notify"."outbox" (
	"id" uuid PRIMARY KEY NOT NULL,
	"province_code" text,
	"channel" text NOT NULL,
	"recipient" text NOT NULL,
	"subject" text,
	"body" text NOT NULL,
	"topic" text NOT NULL,
	"entity_id" text,
	"dedupe_key" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"last_error" text,
	"provider_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "outbox_attempts_nonneg" CHECK ("notify"."outbox"."attempts" >= 0)
);
--> statement-breakpoint
CREATE TABLE "signing"."authorities" (
	"id" text PRIMARY KEY NOT NULL,
	"certificate_pem" text NOT NULL,
	"encrypted_key" "bytea" NOT NULL,
	"kek_id" text NOT NULL,
	"not_after" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signing"."signers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"signer_id" text NOT NULL,
	"kind" text NOT NULL,
	"province_code" text,
	"common_name" text NOT NULL,
	"organization" text,
	"certificate_pem" text NOT NULL,
	"serial" text NOT NULL,
	"authority_id" text NOT NULL,
	"encrypted_key" "bytea" NOT NULL,
	"kek_id" text NOT NULL,
	"not_before" timestamp with time zone NOT NULL,
	"not_after" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "signers_serial_hex" CHECK ("signing"."signers"."serial" ~ '^[0-9a-f]+$')
);
--> statement-breakpoint
ALTER TABLE "signing"."signers" ADD CONSTRAINT "signers_authority_id_authorities_id_fk" FOREIGN KEY ("authority_id") REFERENCES "signing"."authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_dedupe_uq" ON "notify"."outbox" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "notify"."outbox" USING btree ("next_attempt_at") WHERE "notify"."outbox"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "outbox_entity_idx" ON "notify"."outbox" USING btree ("entity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "signers_in_force_uq" ON "signing"."signers" USING btree ("signer_id") WHERE "signing"."signers"."revoked_at" is null;--> statement-breakpoint
CREATE INDEX "signers_province_idx" ON "signing"."signers" USING btree ("province_code");