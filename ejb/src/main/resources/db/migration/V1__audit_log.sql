-- Audit trail: who did what to which record, kept for every module (privacy exports and erasures,
-- stage-gate decisions, configuration changes). Rows are only ever inserted.
create sequence audit_entry_seq start with 1 increment by 50;

create table audit_entry (
    id           bigint       primary key,
    occurred_at  timestamptz  not null,
    actor        varchar(255) not null,
    action       varchar(80)  not null,
    subject_type varchar(80)  not null,
    subject_id   varchar(80),
    detail       text
);

create index audit_entry_occurred_at_idx on audit_entry (occurred_at desc);
create index audit_entry_subject_idx on audit_entry (subject_type, subject_id);
