-- Survey instruments: scales with factors and items in English and Chinese, on a 5- or 7-point
-- agreement format. An instrument used by a launched round is frozen; editing it makes a new version.
create sequence instrument_seq start with 1 increment by 50;
create sequence instrument_factor_seq start with 1 increment by 50;
create sequence instrument_item_seq start with 1 increment by 50;

create table instrument (
    id              bigint       primary key,
    instrument_key  varchar(60)  not null,
    version         integer      not null,
    construct       varchar(40)  not null,
    respondent      varchar(20)  not null check (respondent in ('EMPLOYEE', 'CUSTOMER')),
    scale_points    integer      not null check (scale_points in (5, 7)),
    name_en         varchar(200) not null,
    name_zh         varchar(200) not null,
    description_en  text,
    description_zh  text,
    instructions_en text,
    instructions_zh text,
    basis_en        text,
    basis_zh        text,
    built_in        boolean      not null default false,
    frozen          boolean      not null default false,
    created_at      timestamptz  not null,
    created_by      varchar(255) not null,
    lock_version    integer      not null default 0,
    constraint instrument_key_version_uq unique (instrument_key, version)
);

create table instrument_anchor (
    instrument_id bigint       not null references instrument (id) on delete cascade,
    point         integer      not null,
    label_en      varchar(80)  not null,
    label_zh      varchar(80)  not null,
    primary key (instrument_id, point)
);

create table instrument_factor (
    id             bigint       primary key,
    instrument_id  bigint       not null references instrument (id) on delete cascade,
    position       integer      not null,
    factor_key     varchar(60)  not null,
    factor_group   varchar(40),
    name_en        varchar(200) not null,
    name_zh        varchar(200) not null,
    description_en text,
    description_zh text,
    constraint instrument_factor_key_uq unique (instrument_id, factor_key)
);

create table instrument_item (
    id            bigint      primary key,
    factor_id     bigint      not null references instrument_factor (id) on delete cascade,
    position      integer     not null,
    item_key      varchar(60) not null,
    text_en       text        not null,
    text_zh       text        not null,
    reverse_keyed boolean     not null default false
);
create index instrument_item_factor_idx on instrument_item (factor_id);
