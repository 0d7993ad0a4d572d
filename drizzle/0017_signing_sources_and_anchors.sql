CREATE TABLE "signing"."trust_anchors" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"certificate_pem" text NOT NULL,
	"fingerprint" text NOT NULL,
	"subject" text NOT NULL,
	"not_after" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "signing"."signers" ALTER COLUMN "authority_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "signing"."signers" ADD COLUMN "title" text;--> statement-breakpoint
ALTER TABLE "signing"."signers" ADD COLUMN "source" text DEFAULT 'installation' NOT NULL;--> statement-breakpoint
ALTER TABLE "signing"."signers" ADD COLUMN "chain_pem" text;--> statement-breakpoint
ALTER TABLE "signing"."signers" ADD COLUMN "pkcs11_module" text;--> statement-breakpoint
ALTER TABLE "signing"."signers" ADD COLUMN "pkcs11_token" text;--> statement-breakpoint
ALTER TABLE "signing"."signers" ADD COLUMN "pkcs11_key_id" text;--> statement-breakpoint
CREATE UNIQUE INDEX "trust_anchors_in_force_uq" ON "signing"."trust_anchors" USING btree ("fingerprint") WHERE "signing"."trust_anchors"."removed_at" is null;--> statement-breakpoint
ALTER TABLE "signing"."signers" ADD CONSTRAINT "signers_source_fields" CHECK (("signing"."signers"."source" = 'installation' and "signing"."signers"."authority_id" is not null)
        or ("signing"."signers"."source" = 'pkcs12' and "signing"."signers"."authority_id" is null)
        or ("signing"."signers"."source" = 'pkcs11' and "signing"."signers"."pkcs11_module" is not null and "signing"."signers"."pkcs11_token" is not null
            and "signing"."signers"."pkcs11_key_id" is not null));