-- The organisation: a tree of units (company -> division -> department -> team) and the people in
-- them. Climate surveys target units, KPIs are measured per unit, engagement links employees.
create sequence org_unit_seq start with 1 increment by 50;
create sequence employee_seq start with 1 increment by 50;

create table org_unit (
    id        bigint       primary key,
    parent_id bigint       references org_unit (id),
    code      varchar(40)  not null,
    name      varchar(200) not null,
    kind      varchar(20)  not null check (kind in ('COMPANY', 'DIVISION', 'DEPARTMENT', 'TEAM')),
    version   integer      not null default 0,
    constraint org_unit_code_uq unique (code),
    constraint org_unit_not_own_parent check (parent_id is null or parent_id <> id)
);
create index org_unit_parent_idx on org_unit (parent_id);

create table employee (
    id           bigint       primary key,
    external_id  varchar(80)  not null,
    email        varchar(320) not null,
    display_name varchar(200) not null,
    username     varchar(255),
    unit_id      bigint       not null references org_unit (id),
    active       boolean      not null default true,
    version      integer      not null default 0,
    constraint employee_external_id_uq unique (external_id),
    constraint employee_email_uq unique (email),
    constraint employee_username_uq unique (username)
);
create index employee_unit_idx on employee (unit_id);
