-- KPI tracking and executive dashboards (docs/kpis.md): definitions with their history, targets,
-- entered values with their corrections, per-period snapshots of the computed KPIs, the feed that
-- keeps the snapshots current, recomputation jobs, and scheduled reports.
--
-- Computed KPIs are read from kpi_snapshot only (one row per KPI, scope and period); page views
-- never scan the activity. The snapshots are updated by a persistent timer (KpiUpdater) from
-- kpi_outbox, which triggers fill in the same transaction as the co-creation and engagement rows
-- they stand for: a row appears in the outbox exactly when its source row is committed, whatever
-- order transactions commit in, and the updater deletes it in the transaction that applies it. The
-- polled sources (monthly engagement scores, closed climate rounds, audience counts) keep their
-- watermark in kpi_state, updated in the same transaction as the snapshots.

create sequence kpi_seq start with 1 increment by 50;

-- One row per KPI: what does not change with its definition's versions.
create table kpi (
    kpi_key         varchar(60)      primary key,
    built_in        boolean          not null default false,
    -- RAG: shortfall against target still green / still amber (0.1 = within 10 %)
    green_tolerance double precision not null default 0 check (green_tolerance >= 0 and green_tolerance <= 10),
    amber_tolerance double precision not null default 0.1 check (amber_tolerance >= 0 and amber_tolerance <= 10),
    created_at      timestamptz      not null,
    created_by      varchar(255)     not null,
    version         integer          not null default 0,
    constraint kpi_tolerances check (amber_tolerance >= green_tolerance)
);

-- The versions of a KPI's definition. A version is never changed: a change adds a version that
-- applies from valid_from on (null for the first, which applies to every earlier period).
create table kpi_definition (
    id             bigint           primary key,
    kpi_key        varchar(60)      not null references kpi (kpi_key) on delete cascade,
    version_no     integer          not null check (version_no >= 1),
    valid_from     date,
    name           varchar(120)     not null,
    description    varchar(2000)    not null,
    unit           varchar(40)      not null,
    direction      varchar(20)      not null check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    grain          varchar(10)      not null check (grain in ('MONTH', 'QUARTER', 'YEAR')),
    kind           varchar(10)      not null check (kind in ('COMPUTED', 'ENTERED')),
    aggregation    varchar(120)     not null,
    owner          varchar(80)      not null,
    min_value      double precision,
    max_value      double precision,
    whole_number   boolean          not null default false,
    created_at     timestamptz      not null,
    created_by     varchar(255)     not null,
    constraint kpi_definition_version_uq unique (kpi_key, version_no),
    constraint kpi_definition_first check ((version_no = 1) = (valid_from is null))
);

-- Targets: per KPI, scope and period (of the KPI's grain or longer).
create table kpi_target (
    id            bigint           primary key,
    kpi_key       varchar(60)      not null references kpi (kpi_key) on delete cascade,
    scope         varchar(50)      not null,
    grain         varchar(10)      not null check (grain in ('MONTH', 'QUARTER', 'YEAR')),
    period_start  date             not null,
    target        double precision not null,
    set_by        varchar(255)     not null,
    set_at        timestamptz      not null,
    version       integer          not null default 0,
    constraint kpi_target_uq unique (kpi_key, scope, grain, period_start)
);

-- Entered values. A correction adds a row and marks the earlier one superseded: the history stays.
create table kpi_measurement (
    id                 bigint           primary key,
    kpi_key            varchar(60)      not null references kpi (kpi_key) on delete cascade,
    scope              varchar(50)      not null,
    grain              varchar(10)      not null check (grain in ('MONTH', 'QUARTER', 'YEAR')),
    period_start       date             not null,
    value              double precision not null,
    definition_version integer          not null,
    source             varchar(10)      not null check (source in ('FORM', 'IMPORT', 'API', 'DEMO')),
    entered_by         varchar(255)     not null,
    entered_at         timestamptz      not null,
    superseded_at      timestamptz
);
create unique index kpi_measurement_current_uq on kpi_measurement (kpi_key, scope, grain, period_start)
    where superseded_at is null;
create index kpi_measurement_slot_idx on kpi_measurement (kpi_key, scope, grain, period_start, entered_at);
create index kpi_measurement_recent_idx on kpi_measurement (entered_at desc);

-- Snapshots of the computed KPIs (KpiSnapshot): the mergeable components, the value derived from
-- them (null when not computable, with the reason) and its breakdown ("name=value;..."), and the
-- carried levels alone (pipeline, audience, climate result) so that a period without a row can be
-- read from the row before it without reading the full components.
create table kpi_snapshot (
    kpi_key      varchar(60)      not null,
    scope        varchar(50)      not null,
    grain        varchar(10)      not null check (grain in ('MONTH', 'QUARTER', 'YEAR')),
    period_start date             not null,
    components   bytea            not null,
    carried      bytea,
    value        double precision,
    reason       varchar(300),
    breakdown    varchar(2000)    not null default '',
    updated_at   timestamptz      not null,
    primary key (kpi_key, scope, grain, period_start)
);
create index kpi_snapshot_period_idx on kpi_snapshot (grain, period_start);

-- What has happened and not yet been applied to the snapshots. Filled by the triggers below in
-- the transaction of the source row; emptied by the updater in the transaction that applies it.
create table kpi_outbox (
    id          bigint       generated always as identity primary key,
    source      varchar(12)  not null check (source in ('TRANSITION', 'COMMENT', 'VOTE', 'FINDING', 'INCIDENT')),
    source_id   bigint       not null,
    -- the voter of a vote (votes have no id of their own)
    source_key  varchar(255),
    recorded_at timestamptz  not null default now()
);
-- a recomputation leaves out the source rows still waiting here (the updater applies them later)
create index kpi_outbox_source_idx on kpi_outbox (source, source_id);

create function kpi_outbox_transition() returns trigger language plpgsql as $$
begin
    insert into kpi_outbox (source, source_id) select 'TRANSITION', n.id from new_rows n;
    return null;
end $$;
create trigger kpi_outbox_transition after insert on idea_transition
    referencing new table as new_rows for each statement execute function kpi_outbox_transition();

create function kpi_outbox_comment() returns trigger language plpgsql as $$
begin
    insert into kpi_outbox (source, source_id) select 'COMMENT', n.id from new_rows n;
    return null;
end $$;
create trigger kpi_outbox_comment after insert on idea_comment
    referencing new table as new_rows for each statement execute function kpi_outbox_comment();

create function kpi_outbox_vote() returns trigger language plpgsql as $$
begin
    insert into kpi_outbox (source, source_id, source_key) select 'VOTE', n.idea_id, n.voter from new_rows n;
    return null;
end $$;
create trigger kpi_outbox_vote after insert on idea_vote
    referencing new table as new_rows for each statement execute function kpi_outbox_vote();

create function kpi_outbox_finding() returns trigger language plpgsql as $$
begin
    insert into kpi_outbox (source, source_id) select 'FINDING', n.id from new_rows n;
    return null;
end $$;
create trigger kpi_outbox_finding after insert on task_finding
    referencing new table as new_rows for each statement execute function kpi_outbox_finding();

create function kpi_outbox_incident() returns trigger language plpgsql as $$
begin
    insert into kpi_outbox (source, source_id) select 'INCIDENT', n.id from new_rows n;
    return null;
end $$;
create trigger kpi_outbox_incident after insert on engagement_incident
    referencing new table as new_rows for each statement execute function kpi_outbox_incident();

-- What existed before this migration is applied by the first runs of the updater.
insert into kpi_outbox (source, source_id) select 'TRANSITION', id from idea_transition order by id;
insert into kpi_outbox (source, source_id) select 'COMMENT', id from idea_comment order by id;
insert into kpi_outbox (source, source_id, source_key) select 'VOTE', idea_id, voter from idea_vote;
insert into kpi_outbox (source, source_id) select 'FINDING', id from task_finding order by id;
insert into kpi_outbox (source, source_id) select 'INCIDENT', id from engagement_incident order by id;

-- One row: the updater's watermarks and what its last run did. The updater and recomputation
-- lock it, so only one of them changes snapshots at a time, whichever instance runs them.
create table kpi_state (
    id                  smallint     primary key check (id = 1),
    -- the latest stakeholder_snapshot.as_of whose engagement scores are applied
    engagement_as_of    date,
    audience_counted_at timestamptz,
    last_run_at         timestamptz,
    last_run_events     integer      not null default 0,
    last_run_snapshots  integer      not null default 0,
    last_run_millis     bigint       not null default 0,
    events_applied      bigint       not null default 0,
    last_error          varchar(2000),
    last_error_at       timestamptz
);
insert into kpi_state (id) values (1);

-- Audience counts (participation rate's denominator), one row each time a scope's count changed.
create table kpi_audience (
    id          bigint       primary key,
    scope       varchar(50)  not null,
    counted_at  timestamptz  not null,
    size        integer      not null check (size >= 0)
);
create index kpi_audience_scope_idx on kpi_audience (scope, counted_at desc);
create index kpi_audience_time_idx on kpi_audience (counted_at);

-- Innovation-climate results of closed rounds that may be shown, as the climate feature computes
-- them; a round is listed in kpi_climate_round once taken over (even when nothing may be shown).
create table kpi_climate_round (
    round_id    bigint       primary key references survey_round (id) on delete cascade,
    recorded_at timestamptz  not null
);
create table kpi_climate_result (
    round_id    bigint           not null references kpi_climate_round (round_id) on delete cascade,
    scope       varchar(50)      not null,
    value       double precision not null check (value >= 0 and value <= 100),
    respondents integer          not null check (respondents >= 1),
    closed_at   timestamptz      not null,
    primary key (round_id, scope)
);
create index kpi_climate_result_time_idx on kpi_climate_result (closed_at);

-- Recomputation of months from scratch: progress in the database, so any instance shows it, and
-- at most one job runs at a time.
create table kpi_recompute_job (
    id           bigint        primary key,
    first_month  date          not null,
    last_month   date          not null,
    status       varchar(10)   not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    started_by   varchar(255)  not null,
    started_at   timestamptz   not null,
    heartbeat_at timestamptz   not null,
    finished_at  timestamptz,
    steps_total  integer       not null,
    steps_done   integer       not null default 0,
    step         varchar(200),
    events_read  bigint        not null default 0,
    snapshots    integer       not null default 0,
    message      varchar(2000),
    constraint kpi_recompute_months check (last_month >= first_month)
);
create unique index kpi_recompute_one_running on kpi_recompute_job ((true)) where status = 'RUNNING';
create index kpi_recompute_recent_idx on kpi_recompute_job (started_at desc);

-- Scheduled reports: a dashboard mailed weekly or monthly to chosen people.
create table report_schedule (
    id            bigint        primary key,
    name          varchar(120)  not null,
    frequency     varchar(10)   not null check (frequency in ('WEEKLY', 'MONTHLY')),
    -- ISO day of the week (1 = Monday) for weekly reports, day of the month (1-28) for monthly ones
    send_day      smallint      not null check (send_day between 1 and 28),
    send_hour     smallint      not null default 7 check (send_hour between 0 and 23),
    scope         varchar(50)   not null,
    grain         varchar(10)   not null check (grain in ('MONTH', 'QUARTER', 'YEAR')),
    periods       smallint      not null default 12 check (periods between 1 and 60),
    format        varchar(10)   not null check (format in ('PDF', 'XLSX')),
    language      varchar(5)    not null default 'en',
    recipients    varchar(2000) not null,
    owner         varchar(255)  not null,
    active        boolean       not null default true,
    next_run_at   timestamptz   not null,
    last_sent_at  timestamptz,
    last_error    varchar(1000),
    created_at    timestamptz   not null,
    version       integer       not null default 0,
    constraint report_schedule_day check (frequency = 'MONTHLY' or send_day <= 7)
);
create index report_schedule_due_idx on report_schedule (next_run_at) where active;

create table report_delivery (
    id           bigint        primary key,
    schedule_id  bigint        not null references report_schedule (id) on delete cascade,
    sent_at      timestamptz   not null,
    recipients   integer       not null,
    status       varchar(10)   not null check (status in ('SENT', 'FAILED')),
    message      varchar(1000)
);
create index report_delivery_schedule_idx on report_delivery (schedule_id, sent_at desc);

-- Reading the sources by time (recomputation of a month) and ideas by unit (drill-down).
create index kpi_idea_unit_idx on idea (unit_id, submitted_at);
create index kpi_idea_submitted_idx on idea (submitted_at);
create index kpi_idea_comment_time_idx on idea_comment (created_at);
create index kpi_idea_vote_time_idx on idea_vote (voted_at);
create index kpi_task_finding_time_idx on task_finding (submitted_at);
create index kpi_engagement_incident_time_idx on engagement_incident (occurred_on);
create index kpi_stakeholder_snapshot_as_of_idx on stakeholder_snapshot (as_of);
