ALTER TABLE "feedback"."assignments" ADD COLUMN "assigned_by_id" uuid;
-- hand-written:
-- The head who made each current assignment, by the username recorded until now (issue 18 §1).
UPDATE "feedback"."assignments" a SET "assigned_by_id" = u."id"
  FROM "identity"."users" u WHERE u."username" = a."assigned_by" AND a."assigned_by_id" IS NULL;
--> statement-breakpoint
-- A denouncer's own steps were labelled with their account's name on the timeline: relabel them as the
-- intake records them from now on (Law on Denunciations 2018 art. 47). The audit trail's past entries are
-- append-only and hash-chained; they are not rewritten.
UPDATE "feedback"."events" e SET "actor_label" = 'system:denunciation-intake'
  FROM "feedback"."cases" c, "feedback"."denouncers" d, "identity"."users" u
 WHERE c."id" = e."case_id" AND d."case_id" = c."id" AND u."id" = d."user_id"
   AND c."kind" = 'denunciation' AND e."actor_label" IN (u."display_name", u."username");
