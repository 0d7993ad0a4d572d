-- hand-written:
-- Issue 24 §5b: Circular 01/2018 indicator 1 (time) is scored from the dossier's clock (early 2, on time 1,
-- late 0; RULES.md §1.6), not from what the citizen typed. The buckets hold Σ typed scores; add to each the
-- difference its rated dossiers now make, so the aggregates equal a rebuild under the new rule (and the
-- consumer, which subtracts a contribution under the new rule, stays exact).
with delta as (
  select province_code, unit_code, agency_id, channel, rated_day as day,
         sum(case indicator when 'early' then 2 when 'on_time' then 1 when 'late' then 0 end - scores[1]) as d
    from reports.dossier_contributions
   where rated_day is not null and scores is not null and indicator is not null and scores[1] is not null
   group by 1, 2, 3, 4, 5)
update reports.daily b set s1 = b.s1 + delta.d
  from delta
 where b.province_code = delta.province_code and b.unit_code = delta.unit_code and b.agency_id = delta.agency_id
   and b.channel = delta.channel and b.day = delta.day and delta.d <> 0;
--> statement-breakpoint
with delta as (
  select province_code, unit_code, agency_id, procedure_code, field, channel,
         date_trunc('month', rated_day)::date as month,
         sum(case indicator when 'early' then 2 when 'on_time' then 1 when 'late' then 0 end - scores[1]) as d
    from reports.dossier_contributions
   where rated_day is not null and scores is not null and indicator is not null and scores[1] is not null
   group by 1, 2, 3, 4, 5, 6, 7)
update reports.monthly b set s1 = b.s1 + delta.d
  from delta
 where b.province_code = delta.province_code and b.unit_code = delta.unit_code and b.agency_id = delta.agency_id
   and b.procedure_code = delta.procedure_code and b.field = delta.field and b.channel = delta.channel
   and b.month = delta.month and delta.d <> 0;
