-- Value co-creation: campaigns (challenges) with their scorecard and stage-gate pipeline, ideas with
-- attachments, co-authors, comments, votes and followers, gate evaluations and decisions, customer
-- participation tasks and findings, moderation, notifications and recognition.
--
-- Counters on idea (votes, comments, followers) are kept in the same transaction as the row they
-- count, under the unique constraint that stops a second vote; they can always be checked against
-- the rows (docs/cocreation.md, "Concurrency"). idea_transition is the pipeline's history: every
-- submission, gate decision, automatic move and merge is one row, and the KPIs read it.

create sequence cocreation_seq start with 1 increment by 50;

-- A person who takes part: a customer, an employee or staff of the innovation office, keyed by the
-- Keycloak user name. stakeholder_id links customers and employees to the engagement registry so
-- that their contributions count as engagement activity.
create table participant (
    username            varchar(255) primary key,
    display_name        varchar(200) not null,
    email               varchar(320),
    kind                varchar(20)  not null check (kind in ('CUSTOMER', 'EMPLOYEE', 'STAFF')),
    stakeholder_id      bigint       references stakeholder (id) on delete set null,
    unit_id             bigint       references org_unit (id) on delete set null,
    points              integer      not null default 0,
    leaderboard_opt_out boolean      not null default false,
    email_notifications boolean      not null default true,
    created_at          timestamptz  not null
);
create index participant_points_idx on participant (points desc) where not leaderboard_opt_out;

create table campaign (
    id                   bigint        primary key,
    code                 varchar(40)   not null unique,
    title                varchar(200)  not null,
    problem_html         text          not null,
    problem_text         text          not null,
    audience             varchar(20)   not null
        check (audience in ('EMPLOYEES', 'UNITS', 'CUSTOMERS', 'SHORTLIST', 'PUBLIC')),
    shortlist_id         bigint        references engagement_shortlist (id) on delete set null,
    opens_on             date          not null,
    closes_on            date          not null,
    orientation          varchar(20)   not null check (orientation in ('EXPLORATION', 'EXPLOITATION', 'BOTH')),
    anonymous_allowed    boolean       not null default false,
    -- transition rule: this many votes within support_days of submission opens the first gate
    support_threshold    integer       not null default 10 check (support_threshold between 1 and 100000),
    support_days         integer       not null default 30 check (support_days between 1 and 365),
    owner                varchar(255)  not null,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    version              integer       not null default 0,
    constraint campaign_dates check (closes_on >= opens_on)
);

-- The units a campaign of audience UNITS is open to (their sub-units included).
create table campaign_unit (
    campaign_id bigint not null references campaign (id) on delete cascade,
    unit_id     bigint not null references org_unit (id) on delete cascade,
    primary key (campaign_id, unit_id)
);

-- Evaluators assigned to every gate of the campaign (user names of innovation managers or experts).
create table campaign_evaluator (
    campaign_id bigint       not null references campaign (id) on delete cascade,
    username    varchar(255) not null,
    primary key (campaign_id, username)
);

-- The weighted scorecard.
create table campaign_criterion (
    id          bigint           primary key,
    campaign_id bigint           not null references campaign (id) on delete cascade,
    position    integer          not null,
    name        varchar(120)     not null,
    description varchar(500),
    weight      double precision not null check (weight > 0 and weight <= 100),
    unique (campaign_id, position)
);

-- The stages of a campaign's pipeline, in order. The gate of a stage is the decision that ends it.
create table campaign_stage (
    id             bigint       primary key,
    campaign_id    bigint       not null references campaign (id) on delete cascade,
    position       integer      not null,
    code           varchar(40)  not null,
    name           varchar(120) not null,
    -- the research stage it belongs to (KPIs count by phase, whatever the campaign calls its stages)
    phase          varchar(20)  not null
        check (phase in ('IDENTIFICATION', 'INTERPRETATION', 'DEVELOPMENT', 'VALIDATION', 'LAUNCH')),
    -- an idea longer than this in the stage alerts its owner; null = no limit
    max_days       integer      check (max_days is null or max_days between 1 and 3650),
    -- customers and other stakeholders can be invited to tasks in this stage
    participation  boolean      not null default false,
    unique (campaign_id, position),
    unique (campaign_id, code)
);

create table idea (
    id                bigint        primary key,
    campaign_id       bigint        not null references campaign (id),
    title             varchar(200)  not null,
    description_html  text          not null,
    description_text  text          not null,
    orientation       varchar(20)   not null check (orientation in ('EXPLORATION', 'EXPLOITATION')),
    tags              varchar(40)[] not null default '{}',
    anonymous         boolean       not null default false,
    submitter         varchar(255)  not null references participant (username),
    submitter_kind    varchar(20)   not null check (submitter_kind in ('CUSTOMER', 'EMPLOYEE', 'STAFF')),
    -- the submitter's unit (employees) or serving unit (customers), for KPIs per unit
    unit_id           bigint        references org_unit (id) on delete set null,
    stage_id          bigint        not null references campaign_stage (id),
    status            varchar(20)   not null
        check (status in ('ACTIVE', 'IN_REVIEW', 'ON_HOLD', 'KILLED', 'LAUNCHED', 'MERGED')),
    stage_entered_at  timestamptz   not null,
    stage_alerted_at  timestamptz,
    submitted_at      timestamptz   not null,
    updated_at        timestamptz   not null,
    merged_into_id    bigint        references idea (id),
    -- hidden by moderation (confirmed abusive content)
    hidden            boolean       not null default false,
    vote_count        integer       not null default 0 check (vote_count >= 0),
    comment_count     integer       not null default 0 check (comment_count >= 0),
    follower_count    integer       not null default 0 check (follower_count >= 0),
    -- the weighted scorecard mean of the last completed gate evaluation, 0..100
    score             double precision,
    version           integer       not null default 0
);
create index idea_board_idx on idea (campaign_id, status, submitted_at desc, id desc);
create index idea_board_votes_idx on idea (campaign_id, vote_count desc, id desc);
create index idea_stage_idx on idea (stage_id, status);
create index idea_submitter_idx on idea (submitter);
create index idea_updated_idx on idea (updated_at);
create index idea_tags_idx on idea using gin (tags);

create table idea_author (
    idea_id  bigint       not null references idea (id) on delete cascade,
    username varchar(255) not null references participant (username),
    role     varchar(20)  not null check (role in ('SUBMITTER', 'CO_AUTHOR')),
    primary key (idea_id, username)
);
create index idea_author_user_idx on idea_author (username);

create table idea_attachment (
    id           bigint        primary key,
    idea_id      bigint        not null references idea (id) on delete cascade,
    file_name    varchar(255)  not null,
    content_type varchar(120)  not null,
    size_bytes   integer       not null check (size_bytes > 0),
    content      bytea         not null,
    uploaded_by  varchar(255)  not null,
    uploaded_at  timestamptz   not null
);
create index idea_attachment_idea_idx on idea_attachment (idea_id);

create table idea_comment (
    id          bigint        primary key,
    idea_id     bigint        not null references idea (id) on delete cascade,
    parent_id   bigint        references idea_comment (id) on delete cascade,
    author      varchar(255)  not null references participant (username),
    body_html   text          not null,
    body_text   text          not null,
    created_at  timestamptz   not null,
    edited_at   timestamptz,
    updated_at  timestamptz   not null,
    hidden      boolean       not null default false,
    version     integer       not null default 0
);
create index idea_comment_idea_idx on idea_comment (idea_id, created_at);
create index idea_comment_updated_idx on idea_comment (updated_at);

create table idea_vote (
    idea_id    bigint       not null references idea (id) on delete cascade,
    voter      varchar(255) not null references participant (username),
    voted_at   timestamptz  not null,
    primary key (idea_id, voter)
);
create index idea_vote_voter_idx on idea_vote (voter);

create table idea_follower (
    idea_id   bigint       not null references idea (id) on delete cascade,
    username  varchar(255) not null references participant (username),
    since     timestamptz  not null,
    primary key (idea_id, username)
);
create index idea_follower_user_idx on idea_follower (username);

-- The pipeline history: submission, gate decisions, automatic moves, merges.
create table idea_transition (
    id           bigint        primary key,
    idea_id      bigint        not null references idea (id) on delete cascade,
    campaign_id  bigint        not null references campaign (id),
    from_stage   bigint        references campaign_stage (id),
    to_stage     bigint        not null references campaign_stage (id),
    from_status  varchar(20),
    to_status    varchar(20)   not null,
    decision     varchar(20)   not null
        check (decision in ('SUBMITTED', 'REVIEW', 'GO', 'KILL', 'HOLD', 'RECYCLE', 'MERGED', 'REOPENED')),
    rationale    varchar(4000),
    score        double precision,
    decided_by   varchar(255)  not null,
    decided_at   timestamptz   not null
);
create index idea_transition_idea_idx on idea_transition (idea_id, decided_at);
create index idea_transition_time_idx on idea_transition (decided_at);

-- Gate evaluation: one assignment per evaluator and gate, one score per criterion.
create table gate_assignment (
    id           bigint        primary key,
    idea_id      bigint        not null references idea (id) on delete cascade,
    stage_id     bigint        not null references campaign_stage (id),
    evaluator    varchar(255)  not null,
    assigned_at  timestamptz   not null,
    completed_at timestamptz,
    comment      varchar(2000),
    unique (idea_id, stage_id, evaluator)
);
create index gate_assignment_queue_idx on gate_assignment (evaluator, completed_at);

create table gate_score (
    assignment_id bigint  not null references gate_assignment (id) on delete cascade,
    criterion_id  bigint  not null references campaign_criterion (id) on delete cascade,
    score         integer not null check (score between 1 and 5),
    primary key (assignment_id, criterion_id)
);

-- Customer participation in development and validation: co-design and test tasks.
create table participation_task (
    id           bigint        primary key,
    idea_id      bigint        not null references idea (id) on delete cascade,
    stage_id     bigint        not null references campaign_stage (id),
    kind         varchar(20)   not null check (kind in ('CO_DESIGN', 'TEST')),
    title        varchar(200)  not null,
    instructions text          not null,
    due_on       date,
    created_by   varchar(255)  not null,
    created_at   timestamptz   not null
);
create index participation_task_idea_idx on participation_task (idea_id);

create table task_invitation (
    task_id        bigint       not null references participation_task (id) on delete cascade,
    stakeholder_id bigint       not null references stakeholder (id) on delete cascade,
    invited_at     timestamptz  not null,
    primary key (task_id, stakeholder_id)
);
create index task_invitation_stakeholder_idx on task_invitation (stakeholder_id);

create table task_finding (
    id             bigint        primary key,
    task_id        bigint        not null references participation_task (id) on delete cascade,
    stakeholder_id bigint        not null references stakeholder (id) on delete cascade,
    body_html      text          not null,
    body_text      text          not null,
    submitted_at   timestamptz   not null,
    status         varchar(20)   not null check (status in ('SUBMITTED', 'ACCEPTED', 'REJECTED')),
    decided_by     varchar(255),
    decided_at     timestamptz,
    feedback       varchar(2000),
    version        integer       not null default 0
);
create index task_finding_task_idx on task_finding (task_id);

-- Reports of abusive content; confirmed ones hide the content and become co-destruction incidents.
create table content_report (
    id           bigint        primary key,
    target_kind  varchar(20)   not null check (target_kind in ('IDEA', 'COMMENT')),
    target_id    bigint        not null,
    idea_id      bigint        not null references idea (id) on delete cascade,
    author       varchar(255)  not null,
    reporter     varchar(255)  not null,
    reason       varchar(1000) not null,
    reported_at  timestamptz   not null,
    status       varchar(20)   not null check (status in ('OPEN', 'CONFIRMED', 'DISMISSED')),
    decided_by   varchar(255),
    decided_at   timestamptz,
    note         varchar(1000),
    incident_id  bigint        references engagement_incident (id) on delete set null,
    version      integer       not null default 0,
    unique (target_kind, target_id, reporter)
);
create index content_report_open_idx on content_report (status, reported_at);

create table notification (
    id          bigint        primary key,
    recipient   varchar(255)  not null,
    kind        varchar(30)   not null,
    idea_id     bigint        references idea (id) on delete cascade,
    message     varchar(1000) not null,
    created_at  timestamptz   not null,
    read_at     timestamptz,
    -- the e-mail copy: an outbox that any instance's sender drains (for update skip locked)
    mail_state  varchar(10)   not null default 'NONE' check (mail_state in ('NONE', 'PENDING', 'SENT', 'FAILED')),
    mailed_at   timestamptz
);
create index notification_recipient_idx on notification (recipient, created_at desc);
create index notification_mail_idx on notification (id) where mail_state = 'PENDING';

-- Recognition: a points ledger (one row per reason and reference, so nothing is credited twice)
-- and badges.
create table recognition_points (
    id          bigint        primary key,
    username    varchar(255)  not null references participant (username) on delete cascade,
    points      integer       not null,
    reason      varchar(30)   not null,
    reference   varchar(80)   not null,
    awarded_at  timestamptz   not null,
    unique (username, reason, reference)
);
create index recognition_points_user_idx on recognition_points (username, awarded_at desc);

create table participant_badge (
    username   varchar(255) not null references participant (username) on delete cascade,
    badge      varchar(40)  not null,
    awarded_at timestamptz  not null,
    primary key (username, badge)
);
