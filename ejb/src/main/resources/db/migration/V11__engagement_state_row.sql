-- The scoring state row exists from the start, so appending activities can always take its shared
-- lock: before, the very first scoring run created the row, and an activity appended while that run
-- was rebuilding the window could miss the window until the next rebuild. '{}' reads as the
-- default settings (EngagementSettings.fromJson fills in every missing key).
insert into engagement_state (id, as_of, window_days, settings, updated_at, updated_by)
values (1, null, 90, '{}', now(), 'system')
on conflict (id) do nothing;

-- The column counted the stakeholders whose capability evidence a run recomputed; say so.
alter table engagement_run rename column window_rows to capability_recomputed;
