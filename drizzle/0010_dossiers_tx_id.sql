ALTER TABLE "dossiers"."events" ADD COLUMN "tx_id" "xid8" DEFAULT pg_current_xact_id() NOT NULL;--> statement-breakpoint
CREATE INDEX "events_tx_idx" ON "dossiers"."events" USING btree ("tx_id");