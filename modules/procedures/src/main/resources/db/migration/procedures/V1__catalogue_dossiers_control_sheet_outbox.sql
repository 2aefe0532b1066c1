-- The procedures module: the catalogue of administrative procedures (versioned by effective
-- date), the one-stop desks, dossiers with their components, results and forms, the control
-- sheet (append-only) and the national-portal outbox. Ids come from sequences in blocks of 50.

create sequence procedures.procedure_seq increment by 50 start with 50;
create sequence procedures.part_seq increment by 50 start with 50;
create sequence procedures.dossier_seq increment by 50 start with 50;
create sequence procedures.dossier_part_seq increment by 50 start with 50;
create sequence procedures.handover_seq increment by 50 start with 50;
create sequence procedures.portal_seq increment by 50 start with 50;

-- One row per version of a procedure: a change is a new version from its effective date, the
-- old one ends the day before; a dossier keeps the version it was received under.
create table procedures.procedure_version (
    id               bigint primary key,
    code             varchar(40)  not null,            -- national code (mã TTHC), e.g. 1.001193
    name             varchar(500) not null,
    field_code       varchar(40)  not null,            -- lĩnh vực
    field_name       varchar(200) not null,
    tier             varchar(10)  not null check (tier in ('PROVINCE', 'COMMUNE')),
    online_level     varchar(10)  not null check (online_level in ('FULL', 'PARTIAL', 'NONE')),
    deadline_amount  int          not null check (deadline_amount between 1 and 365),
    deadline_unit    varchar(5)   not null check (deadline_unit in ('DAYS', 'HOURS')),
    fee_timing       varchar(6)   not null check (fee_timing in ('NONE', 'BEFORE', 'AFTER')),
    result_kind      varchar(300) not null,
    legal_basis      text         not null,
    where_to_submit  varchar(500) not null,
    search_text      text         not null,            -- name, code and field folded: lower case, no diacritics
    effective_from   date         not null,
    effective_to     date,                             -- null while in force
    created_at       timestamptz  not null,
    created_by       varchar(64)  not null,
    version          bigint       not null default 0,
    unique (code, effective_from),
    check (effective_to is null or effective_to >= effective_from)
);
create unique index procedure_current on procedures.procedure_version(code) where effective_to is null;
create index procedure_search on procedures.procedure_version using gin (to_tsvector('simple', search_text));

-- Agencies in competence (kernel organisation unit ids), in the order shown.
create table procedures.procedure_agency (
    procedure_id  bigint not null references procedures.procedure_version(id) on delete cascade,
    position      int    not null,
    agency_id     bigint not null,
    primary key (procedure_id, position)
);
create index procedure_agency_agency on procedures.procedure_agency(agency_id);

-- Required components (thành phần hồ sơ), fee lines, form fields and processing steps.
create table procedures.procedure_part (
    id             bigint primary key,
    procedure_id   bigint       not null references procedures.procedure_version(id) on delete cascade,
    kind           varchar(10)  not null check (kind in ('COMPONENT', 'FEE', 'FIELD', 'STEP')),
    position       int          not null,
    name           varchar(500) not null,
    -- COMPONENT: originals / certified copies / copies, template file, reusable, required
    originals      int          not null default 0 check (originals >= 0),
    certified      int          not null default 0 check (certified >= 0),
    copies         int          not null default 0 check (copies >= 0),
    template_name  varchar(200),
    reusable       boolean      not null default false,
    required       boolean      not null default true,
    -- FEE: fee code (payments' catalogue), kind FEE or CHARGE, amount in VND
    fee_code       varchar(40),
    fee_kind       varchar(6),
    amount         bigint       check (amount is null or amount >= 0),
    -- FIELD: key and input type; STEP: role, agency code (null: the processing agency), share in percent
    field_key      varchar(40),
    input_type     varchar(10)  check (input_type is null or input_type in ('TEXT', 'TEXTAREA', 'DATE', 'NUMBER')),
    role           varchar(16),
    agency_code    varchar(40),
    share_percent  int          check (share_percent is null or share_percent between 0 and 100),
    unique (procedure_id, kind, position)
);

-- The one-stop desks: which desk receives for an agency, and the identifier code (mã định danh)
-- its dossier codes start with.
create table procedures.desk (
    agency_id        bigint      primary key,
    desk_id          bigint      not null,
    identifier_code  varchar(20) not null check (identifier_code ~ '^[0-9A-Z.]{3,20}$')
);

create table procedures.dossier (
    id                  bigint primary key,
    code                varchar(40)  unique,             -- null while a draft
    procedure_id        bigint       not null references procedures.procedure_version(id),
    procedure_code      varchar(40)  not null,
    agency_id           bigint       not null,           -- agency in competence that decides
    desk_id             bigint       not null,           -- receiving unit
    current_agency_id   bigint       not null,
    assigned_role       varchar(16),
    assignee            varchar(64),
    status              varchar(24)  not null,
    channel             smallint     not null check (channel in (1, 2, 3)),
    owner_kind          smallint     not null check (owner_kind in (1, 2)),   -- 1 citizen, 2 business
    owner_name          varchar(200) not null,
    owner_id_number     varchar(14)  not null,           -- CCCD or tax code
    owner_phone         varchar(20),
    owner_email         varchar(254),
    owner_address       varchar(300),
    applicant_username  varchar(64),                     -- the account that submitted online, or null
    summary             varchar(1000) not null,          -- trích yếu
    form_data           text         not null default '{}',
    result_delivery     varchar(10)  not null default 'DESK' check (result_delivery in ('DESK', 'POST', 'ONLINE')),
    submitted_at        timestamptz,
    received_at         timestamptz,
    received_by         varchar(64),
    due_at              timestamptz,
    paused_at           timestamptz,
    paused_minutes      bigint       not null default 0,
    supplement_requests int          not null default 0,
    extended            boolean      not null default false,
    completed_at        timestamptz,
    on_time             varchar(8)   check (on_time is null or on_time in ('EARLY', 'ON_TIME', 'LATE')),
    returned_at         timestamptz,
    fee_order_code      varchar(40),
    rating              smallint     check (rating is null or rating between 1 and 5),
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    version             bigint       not null default 0
);
create index dossier_desk_status on procedures.dossier(desk_id, status, due_at);
create index dossier_current on procedures.dossier(current_agency_id, status, due_at);
create index dossier_applicant on procedures.dossier(applicant_username, updated_at desc);
create index dossier_owner_id on procedures.dossier(owner_id_number);
create index dossier_received on procedures.dossier(received_at);

-- The agencies a dossier passes through: their staff may open it.
create table procedures.dossier_agency (
    dossier_id  bigint not null references procedures.dossier(id),
    agency_id   bigint not null,
    primary key (dossier_id, agency_id)
);
create index dossier_agency_agency on procedures.dossier_agency(agency_id);

-- Components submitted, results and generated forms: one table, the kind tells them apart.
create table procedures.dossier_part (
    id              bigint primary key,
    dossier_id      bigint       not null references procedures.dossier(id),
    kind            varchar(10)  not null check (kind in ('COMPONENT', 'RESULT', 'FORM')),
    position        int          not null,
    name            varchar(500) not null,
    attachment_id   varchar(36),                         -- kernel attachment id (components)
    file_name       varchar(255),
    content         bytea,                               -- results and forms (PDF)
    sha256          char(64),
    digitised       boolean      not null default false,
    digitised_by    varchar(64),
    digitised_at    timestamptz,
    reused_from     bigint,                              -- the earlier dossier part reused
    form_kind       varchar(24),
    signed          boolean      not null default false,
    signed_by       varchar(64),
    signed_at       timestamptz,
    created_at      timestamptz  not null,
    created_by      varchar(64)  not null
);
create index dossier_part_dossier on procedures.dossier_part(dossier_id, kind, position);

-- The control sheet (phiếu kiểm soát quá trình): append-only, one row per step or hand-over.
create table procedures.handover (
    id              bigint primary key,
    dossier_id      bigint       not null references procedures.dossier(id),
    at              timestamptz  not null,
    action          varchar(24)  not null,
    from_agency_id  bigint,
    from_user       varchar(64)  not null,
    to_agency_id    bigint,
    to_role         varchar(16),
    to_user         varchar(64),
    status_after    varchar(24)  not null,
    note            varchar(2000)
);
create index handover_dossier on procedures.handover(dossier_id, id);

create function procedures.handover_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the control sheet is append-only: % refused on procedures.handover', tg_op;
end $$;
create trigger handover_append_only before update or delete or truncate on procedures.handover
    for each statement execute function procedures.handover_append_only();

-- The national-portal outbox: every transition, in order per dossier, sent once (idempotent by id).
create table procedures.portal_message (
    id           bigint primary key,
    dossier_id   bigint       not null references procedures.dossier(id),
    dossier_code varchar(40)  not null,
    kind         varchar(10)  not null check (kind in ('DOSSIER', 'PROGRESS')),
    payload      text         not null,
    created_at   timestamptz  not null,
    state        varchar(8)   not null default 'PENDING' check (state in ('PENDING', 'SENT', 'FAILED')),
    attempts     int          not null default 0,
    next_try_at  timestamptz  not null,
    sent_at      timestamptz,
    last_error   varchar(500)
);
create index portal_pending on procedures.portal_message(state, next_try_at) where state <> 'SENT';
create index portal_dossier on procedures.portal_message(dossier_id, id);
