-- hand-written:
-- Issue 17 §4, docs/adr/0024: every change to a cached family of tables sends pg_notify('tinhso_cache', topic)
-- from the writing transaction (delivered at COMMIT, dropped on rollback; repeated notices of one transaction
-- are folded into one by PostgreSQL). Statement-level: one notice per statement, not per row.
create or replace function platform.cache_changed() returns trigger language plpgsql as $$
begin
  perform pg_notify('tinhso_cache', tg_argv[0]);
  return null;
end $$;
--> statement-breakpoint
-- Sessions: what the session check reads. The touch of last_seen_at (once a minute per session) and a new
-- session (never cached before it exists) send nothing.
create trigger cache_changed_sessions after update of id, user_id, csrf_token, expires_at or delete or truncate
  on identity.sessions for each statement execute function platform.cache_changed('sessions');
--> statement-breakpoint
create trigger cache_changed_session_details after insert or update of stage or delete or truncate
  on identity.session_details for each statement execute function platform.cache_changed('sessions');
--> statement-breakpoint
create trigger cache_changed_users after update of id, username, display_name, kind, status, password_must_change
  or delete or truncate on identity.users for each statement execute function platform.cache_changed('sessions');
--> statement-breakpoint
create trigger cache_changed_role_grants after insert or update or delete or truncate
  on identity.role_grants for each statement execute function platform.cache_changed('sessions');
--> statement-breakpoint
-- Calendars, procedure rules (every table of the procedures schema, and of units: agencies and unit names are
-- part of a procedure's publication) and signer keys: any change.
do $$
declare t record;
begin
  for t in
    select table_schema, table_name,
           case table_schema when 'calendar' then 'calendar' when 'signing' then 'signers' else 'procedures' end as topic
      from information_schema.tables
     where table_type = 'BASE TABLE'
       and (table_schema in ('calendar', 'procedures', 'units') or (table_schema = 'signing' and table_name in ('signers', 'authorities')))
  loop
    execute format(
      'create trigger cache_changed after insert or update or delete or truncate on %I.%I for each statement execute function platform.cache_changed(%L)',
      t.table_schema, t.table_name, t.topic);
  end loop;
end $$;
