-- Survey rounds: an instrument sent to the employees of chosen units between two dates.
--
-- Anonymity is designed into the tables, not added by the screens:
--   * survey_response holds the answers and the respondent's unit, never a person: no employee,
--     invitation or user column, a random uuid key (no order to line up with anything) and the day
--     of submission only (no time of day).
--   * survey_participation only says that a person has answered a round, so a second answer can
--     be refused. It has no date, no time and no link to the response.
--   * survey_draft keeps unfinished answers encrypted with a key derived from the personal link;
--     it is deleted in the same transaction that stores the response.
create sequence survey_round_seq start with 1 increment by 50;
create sequence survey_invitation_seq start with 1 increment by 50;

create table survey_round (
    id                bigint       primary key,
    name              varchar(200) not null,
    instrument_id     bigint       not null references instrument (id),
    opens_on          date         not null,
    closes_on         date         not null,
    status            varchar(20)  not null check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    reminder_days     integer      not null default 7 check (reminder_days between 0 and 60),
    max_reminders     integer      not null default 2 check (max_reminders between 0 and 10),
    threshold         integer      not null default 5 check (threshold >= 3),
    comment_threshold integer      not null default 10,
    launched_on       date,
    closed_on         date,
    created_at        timestamptz  not null,
    created_by        varchar(255) not null,
    version           integer      not null default 0,
    constraint survey_round_dates check (closes_on >= opens_on),
    constraint survey_round_comment_threshold check (comment_threshold >= threshold)
);

-- The units HR chose (each with its whole subtree).
create table survey_round_target (
    round_id bigint not null references survey_round (id) on delete cascade,
    unit_id  bigint not null references org_unit (id),
    primary key (round_id, unit_id)
);

-- The unit tree as it was at launch, so results keep their shape when the organisation changes.
create table survey_round_unit (
    round_id  bigint       not null references survey_round (id) on delete cascade,
    unit_id   bigint       not null,
    parent_id bigint,
    name      varchar(200) not null,
    kind      varchar(20)  not null,
    invited   integer      not null default 0,
    primary key (round_id, unit_id)
);

create table survey_invitation (
    id               bigint      primary key,
    round_id         bigint      not null references survey_round (id) on delete cascade,
    employee_id      bigint      not null references employee (id),
    unit_id          bigint      not null,
    nonce            varchar(64) not null,
    token_hash       varchar(64) not null,
    sent_on          date,
    reminders_sent   integer     not null default 0,
    last_reminded_on date,
    mail_error       varchar(300),
    version          integer     not null default 0,
    constraint survey_invitation_person_uq unique (round_id, employee_id),
    constraint survey_invitation_token_uq unique (token_hash)
);
create index survey_invitation_round_unit_idx on survey_invitation (round_id, unit_id);

create table survey_participation (
    round_id    bigint not null references survey_round (id) on delete cascade,
    employee_id bigint not null references employee (id),
    primary key (round_id, employee_id)
);

create table survey_draft (
    invitation_id bigint  primary key references survey_invitation (id) on delete cascade,
    section       integer not null default 0,
    payload       bytea   not null,
    version       integer not null default 0
);

create table survey_response (
    id           uuid      primary key,
    round_id     bigint    not null references survey_round (id) on delete cascade,
    unit_id      bigint    not null,
    submitted_on date      not null,
    answers      integer[] not null,
    comment      text
);
create index survey_response_round_idx on survey_response (round_id, unit_id);
