-- The evidence engine in the application: saved analyses (a data file, its column mapping and the
-- analyses chosen) and their runs (progress while running, the serialised result when done).
--
-- Runs are jobs in the database, not in one server's memory, so any instance of a cluster can show
-- a run's progress and cancel it: the instance running it reads cancel_requested while it works.
create sequence evidence_analysis_seq start with 1 increment by 50;
create sequence evidence_run_seq start with 1 increment by 50;

create table evidence_analysis (
    id           bigint       primary key,
    name         varchar(200) not null,
    owner        varchar(255) not null,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    -- the column mapping and the analyses, in the JSON format of the command line's model file
    spec         text         not null,
    -- display names of the constructs in the report, a JSON object {"engagement": "customer engagement"}
    labels       text         not null,
    file_name    varchar(255) not null,
    file_content bytea        not null,
    file_size    integer      not null,
    file_sha256  varchar(64)  not null,
    version      integer      not null default 0
);

create table evidence_run (
    id               bigint       primary key,
    analysis_id      bigint       not null references evidence_analysis (id) on delete cascade,
    started_by       varchar(255) not null,
    created_at       timestamptz  not null,
    started_at       timestamptz,
    finished_at      timestamptz,
    -- last sign of life of the instance running it; a run silent for long is marked failed
    heartbeat_at     timestamptz  not null,
    status           varchar(20)  not null
        check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED')),
    fraction         double precision not null default 0 check (fraction between 0 and 1),
    stage            varchar(300),
    cancel_requested boolean      not null default false,
    error            text,
    -- the data the run read: the file's name and SHA-256, rows in the file and rows analysed
    file_name        varchar(255),
    file_sha256      varchar(64),
    rows_read        integer,
    rows_analysed    integer,
    -- the engine's EvidenceResult, Java-serialised, so the report can be rebuilt and exported later
    result           bytea
);
create index evidence_run_analysis_idx on evidence_run (analysis_id, created_at);
create index evidence_run_active_idx on evidence_run (status) where status in ('QUEUED', 'RUNNING');
