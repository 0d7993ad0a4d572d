-- Custom SQL migration file, put your code below! --
-- hand-written:
-- The dossiers module's published read model (src/modules/dossiers/read-model.ts; issue 23 §4): the only
-- relations of schema `dossiers` another module may name. Plain views, so the planner inlines them and a query
-- on them has the plan it would have on the tables.
create view dossiers.dossier_facts as
select d.id, d.province_code, d.code, d.status, d.channel, d.procedure_code, d.procedure_name, d.field,
       d.receiving_unit_code, d.receiving_agency_id, d.competent_unit_code, d.competent_agency_id,
       d.received_at, d.appointment_at, d.finished_at, d.returned_at, d.outcome, d.timeliness,
       d.on_time_portal, d.supplement_minutes, d.result_method, d.e_result, d.fee_total_dong, d.paid_online,
       r.scores, r.rated_at
  from dossiers.dossiers d
  left join dossiers.ratings r on r.dossier_id = d.id;
--> statement-breakpoint
create view dossiers.dossier_changes as
select dossier_id, tx_id from dossiers.events;
