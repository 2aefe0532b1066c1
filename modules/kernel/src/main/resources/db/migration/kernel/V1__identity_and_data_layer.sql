-- Kernel schema: organisation tree, accounts, audit, settings, modules, calendar,
-- numbering, attachments, notifications. Flyway runs this with search_path = kernel.

create table org_level (
    code        varchar(32) primary key,
    name_vi     varchar(120) not null,
    name_en     varchar(120) not null,
    rank        int not null,               -- 1 = top (province); larger is lower
    is_agency   boolean not null default false
);

create table org_unit (
    id              bigserial primary key,
    code            varchar(40) not null unique,
    level_code      varchar(32) not null references org_level(code),
    parent_id       bigint references org_unit(id),
    valid_from      date not null,
    valid_to        date,                    -- null while the unit exists
    merged_into_id  bigint references org_unit(id),
    version         bigint not null default 0,
    check (valid_to is null or valid_to >= valid_from)
);
create index org_unit_parent on org_unit(parent_id);

-- Names are dated, so a renamed unit keeps its history.
create table org_unit_name (
    id          bigserial primary key,
    unit_id     bigint not null references org_unit(id),
    name        varchar(200) not null,
    valid_from  date not null,
    valid_to    date,
    check (valid_to is null or valid_to >= valid_from)
);
create index org_unit_name_unit on org_unit_name(unit_id);
create unique index org_unit_name_current on org_unit_name(unit_id) where valid_to is null;

create table account (
    id               bigserial primary key,
    username         varchar(64) not null,
    display_name     varchar(200) not null,
    email            varchar(254),
    phone            varchar(20),
    cccd             char(12),
    kind             varchar(16) not null,     -- CITIZEN, STAFF
    password_hash    varchar(512) not null,
    failed_attempts  int not null default 0,
    locked_until     timestamptz,
    enabled          boolean not null default true,
    created_at       timestamptz not null default now(),
    version          bigint not null default 0
);
create unique index account_username on account(lower(username));
create unique index account_cccd on account(cccd) where cccd is not null;
create unique index account_email on account(lower(email)) where email is not null;

-- A role held in one agency; administrators hold ADMIN on the province unit.
create table membership (
    id          bigserial primary key,
    account_id  bigint not null references account(id),
    unit_id     bigint not null references org_unit(id),
    role        varchar(16) not null,          -- OFFICER, LEADER, ADMIN
    unique (account_id, unit_id, role)
);

create table api_token (
    token_hash  char(64) primary key,          -- SHA-256 hex of the bearer token
    account_id  bigint not null references account(id),
    issued_at   timestamptz not null default now(),
    expires_at  timestamptz not null
);

create table audit_entry (
    id           bigserial primary key,
    at           timestamptz not null default now(),
    actor        varchar(64) not null,
    action       varchar(64) not null,
    target_type  varchar(64) not null,
    target_id    varchar(64),
    detail       text,
    source_ip    varchar(64)
);
create index audit_entry_target on audit_entry(target_type, target_id);

-- The audit log is append-only: the database itself refuses changes.
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end $$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();

create table setting (
    key         varchar(120) primary key,
    value       text not null,
    updated_at  timestamptz not null default now(),
    updated_by  varchar(64) not null
);

create table module_switch (
    module_id   varchar(32) primary key,
    enabled     boolean not null,
    updated_at  timestamptz not null default now(),
    updated_by  varchar(64) not null
);

-- Admin-edited calendar exceptions: extra days off and make-up working days decided
-- each year by the Prime Minister, on top of the holidays the Labour Code fixes.
create table calendar_day (
    day         date primary key,
    working     boolean not null,
    note        varchar(200) not null
);

create table numbering_series (
    code        varchar(40) not null,
    period      varchar(8) not null,           -- e.g. 2026, or ALL
    next_value  bigint not null,
    primary key (code, period)
);

create table attachment (
    id            uuid primary key,
    file_name     varchar(255) not null,
    content_type  varchar(120) not null,
    size_bytes    bigint not null,
    sha256        char(64) not null,
    content       bytea not null,
    owner         varchar(64) not null,
    created_at    timestamptz not null default now()
);

create table notification (
    id          bigserial primary key,
    channel     varchar(16) not null,          -- EMAIL, SMS
    recipient   varchar(254) not null,
    subject     varchar(250) not null,
    body        text not null,
    status      varchar(16) not null default 'PENDING',  -- PENDING, SENT, FAILED
    attempts    int not null default 0,
    last_error  text,
    created_at  timestamptz not null default now(),
    sent_at     timestamptz
);
create index notification_pending on notification(status) where status = 'PENDING';

insert into org_level(code, name_vi, name_en, rank, is_agency) values
  ('PROVINCE', 'Tỉnh', 'Province', 1, false),
  ('DISTRICT', 'Huyện', 'District', 2, false),
  ('COMMUNE',  'Xã, phường', 'Commune or ward', 3, false),
  ('AGENCY',   'Cơ quan', 'Agency', 9, true);
