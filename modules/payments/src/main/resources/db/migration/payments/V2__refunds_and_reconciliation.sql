-- Refunds (requested by an officer, decided by a leader, sent to the gateway) and the daily
-- reconciliation of what the gateway settled against what the platform recorded.

create sequence payments.refund_seq increment by 50 start with 50;
create sequence payments.mismatch_seq increment by 50 start with 50;

create table payments.refund (
    id               bigint primary key,
    order_id         bigint       not null references payments.fee_order (id),
    attempt_id       bigint       not null references payments.attempt (id),
    amount           bigint       not null check (amount > 0),
    available_seen   bigint       not null check (available_seen >= 0),
    reason           varchar(500) not null check (length(reason) >= 5),
    status           varchar(10)  not null check (status in ('REQUESTED', 'REJECTED', 'SUBMITTED', 'SUCCESS', 'FAILED')),
    requested_by     varchar(100) not null,
    requested_at     timestamptz  not null,
    decided_by       varchar(100),
    decided_at       timestamptz,
    decision_note    varchar(500),
    gateway_txn_no   varchar(40),
    gateway_code     varchar(4),
    finished_at      timestamptz,
    version          bigint       not null default 0,
    check (amount <= available_seen),
    check ((status in ('REQUESTED')) = (decided_by is null)),
    -- four eyes: who decides is not who asked
    check (decided_by is null or decided_by <> requested_by)
);
-- one refund of an order in progress at a time
create unique index refund_one_open on payments.refund (order_id) where status in ('REQUESTED', 'SUBMITTED');
create index refund_order on payments.refund (order_id, requested_at);

-- one settlement file of the gateway per day, imported once
create table payments.settlement_import (
    day            date         primary key,
    imported_at    timestamptz  not null,
    imported_by    varchar(100) not null,
    source         varchar(10)  not null check (source in ('GATEWAY', 'UPLOAD')),
    file_sha256    char(64)     not null,
    lines          int          not null check (lines >= 0),
    payments_total bigint       not null,
    refunds_total  bigint       not null,
    matched        int          not null,
    mismatched     int          not null
);

create table payments.settlement_line (
    day            date         not null references payments.settlement_import (day),
    line_no        int          not null,
    transaction_no varchar(40)  not null,
    txn_ref        varchar(100) not null,
    kind           varchar(10)  not null check (kind in ('payment', 'refund')),
    amount         bigint       not null check (amount > 0),
    paid_at        timestamptz  not null,
    bank_code      varchar(20),
    primary key (day, line_no)
);

-- what did not match, for the finance office to resolve with a note
create table payments.mismatch (
    id             bigint primary key,
    day            date         not null references payments.settlement_import (day),
    kind           varchar(16)  not null check (kind in ('NOT_SETTLED', 'UNKNOWN_HERE', 'AMOUNT_DIFFERS')),
    transaction_no varchar(40),
    txn_ref        varchar(100),
    amount_here    bigint,
    amount_settled bigint,
    resolved_by    varchar(100),
    resolved_at    timestamptz,
    note           varchar(500),
    version        bigint       not null default 0,
    check ((resolved_by is null) = (resolved_at is null)),
    check (resolved_by is null or length(note) >= 5)
);
create index mismatch_open on payments.mismatch (day) where resolved_at is null;

-- a receipt replaced (wrong payer details...) on an officer's request and a leader's approval:
-- the original is cancelled and stays readable; the new one references it
create sequence payments.receipt_change_seq increment by 50 start with 50;
create table payments.receipt_change (
    id                  bigint primary key,
    receipt_id          bigint       not null references payments.receipt (id),
    reason              varchar(500) not null check (length(reason) >= 5),
    payer_name          varchar(200) not null check (length(payer_name) > 0),
    payer_id_number     varchar(20)  not null check (payer_id_number ~ '^([0-9]{12}|[0-9]{10}(-[0-9]{3})?)$'),
    payer_address       varchar(300),
    status              varchar(10)  not null check (status in ('REQUESTED', 'APPROVED', 'REJECTED')),
    requested_by        varchar(100) not null,
    requested_at        timestamptz  not null,
    decided_by          varchar(100),
    decided_at          timestamptz,
    replacement_id      bigint references payments.receipt (id),
    version             bigint       not null default 0,
    check ((status = 'REQUESTED') = (decided_by is null)),
    check (decided_by is null or decided_by <> requested_by),
    check ((status = 'APPROVED') = (replacement_id is not null))
);
create unique index receipt_change_one_open on payments.receipt_change (receipt_id) where status = 'REQUESTED';

-- the fee codes admins keep: what a fee or charge is called, its amount and legal basis
create table payments.fee_code (
    code        varchar(40)  primary key check (code ~ '^[A-Z0-9][A-Z0-9._-]*$'),
    name        varchar(300) not null check (length(name) > 0),
    kind        varchar(10)  not null check (kind in ('FEE', 'CHARGE')),
    amount      bigint       not null check (amount > 0),
    legal_basis varchar(300) not null check (length(legal_basis) > 0),
    active      boolean      not null default true,
    updated_at  timestamptz  not null,
    updated_by  varchar(100) not null,
    version     bigint       not null default 0
);
