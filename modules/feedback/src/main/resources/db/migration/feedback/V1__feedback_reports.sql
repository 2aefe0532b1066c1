-- The feedback module's schema: categories and routing set by admins, citizens' reports with
-- their timeline, photos, answer templates. Agencies, communes and accounts are the kernel's
-- ids and names; no foreign keys cross into the kernel's schema.

create table category (
    id               bigserial primary key,
    parent_id        bigint references category (id),
    code             varchar(40)  not null unique check (code ~ '^[A-Z0-9][A-Z0-9_-]{1,39}$'),
    name_vi          varchar(200) not null check (length(trim(name_vi)) > 0),
    name_en          varchar(200) not null check (length(trim(name_en)) > 0),
    description_vi   varchar(1000),
    sla_working_days integer      not null default 10 check (sla_working_days between 1 and 90),
    default_agency_id bigint,
    active           boolean      not null default true,
    version          bigint       not null default 0
);

-- category and commune decide the agency; a rule without commune covers every commune
create table routing_rule (
    id          bigserial primary key,
    category_id bigint not null references category (id),
    commune_id  bigint,
    agency_id   bigint not null
);
create unique index routing_rule_unique on routing_rule (category_id, coalesce(commune_id, 0));

create table report (
    id                bigserial primary key,
    tracking_code     varchar(16)  not null unique,
    category_id       bigint       not null references category (id),
    title             varchar(200) not null check (length(trim(title)) >= 5),
    description       text         not null check (length(description) between 20 and 5000),
    address           varchar(300),
    commune_id        bigint,
    latitude          double precision check (latitude between -90 and 90),
    longitude         double precision check (longitude between -180 and 180),
    anonymous         boolean      not null,
    contact_name      varchar(120),
    contact_phone     varchar(20),
    contact_email     varchar(200),
    citizen_username  varchar(64),
    consent_publish   boolean      not null,
    channel           varchar(16)  not null check (channel in ('WEB', 'MOBILE', 'OPEN311')),
    source_address    varchar(64),
    status            varchar(24)  not null,
    held_reason       varchar(500),
    rejection_kind    varchar(16),
    rejection_reason  varchar(1000),
    agency_id         bigint,
    officer_username  varchar(64),
    received_at       timestamptz  not null default now(),
    deadline          date,
    answer            text check (length(answer) <= 10000),
    answer_by         varchar(64),
    approved_by       varchar(64),
    published_at      timestamptz,
    closed_at         timestamptz,
    rating            varchar(16) check (rating in ('SATISFIED', 'NOT_SATISFIED')),
    rated_at          timestamptz,
    reopen_count      integer      not null default 0,
    hidden            boolean      not null default false,
    public_description text,
    merged_into_id    bigint references report (id),
    escalated_at      timestamptz,
    search_text       text         not null default '',
    search_vector     tsvector generated always as (to_tsvector('simple', search_text)) stored,
    version           bigint       not null default 0,
    check (anonymous or contact_name is not null),
    check ((latitude is null) = (longitude is null))
);
create index report_search on report using gin (search_vector);
create index report_status on report (status, received_at desc);
create index report_agency on report (agency_id, status);
create index report_category on report (category_id);
create index report_commune on report (commune_id);
create index report_citizen on report (citizen_username);
create index report_source on report (source_address, received_at);
create index report_deadline on report (deadline) where escalated_at is null;

create table report_photo (
    report_id     bigint  not null references report (id),
    position      integer not null check (position between 0 and 4),
    attachment_id varchar(36) not null check (attachment_id ~ '^[0-9a-f-]{36}$'),  -- the kernel's attachment id
    primary key (report_id, position)
);

-- the timeline: every step, note and change; internal entries are never shown to the public
create table report_event (
    id          bigserial primary key,
    report_id   bigint      not null references report (id),
    at          timestamptz not null default now(),
    actor       varchar(64) not null,
    kind        varchar(32) not null,
    from_status varchar(24),
    to_status   varchar(24),
    note        text,
    internal    boolean     not null default false
);
create index report_event_report on report_event (report_id, at);

create table answer_template (
    id          bigserial primary key,
    category_id bigint references category (id),
    title       varchar(200) not null,
    body        text         not null check (length(body) <= 10000)
);
