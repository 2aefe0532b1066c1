-- Payments: fee orders, their payment attempts, electronic receipts, the double-entry ledger
-- and the facts other modules read. Money is VND in bigint. Ids come from sequences in blocks of 50
-- (JPA preallocation): a nextval hands out the last id of a block, so the first is 50.

create sequence payments.fee_order_seq increment by 50 start with 50;
create sequence payments.attempt_seq increment by 50 start with 50;
create sequence payments.receipt_seq increment by 50 start with 50;
create sequence payments.series_seq increment by 50 start with 50;
create sequence payments.ledger_seq increment by 50 start with 50;

-- what is owed for one case of another module (a dossier...), by one payer, to one agency
create table payments.fee_order (
    id              bigint primary key,
    code            varchar(20)  not null unique,
    case_module     varchar(40)  not null check (case_module ~ '^[a-z][a-z0-9-]*$'),
    case_code       varchar(100) not null check (length(case_code) > 0),
    case_title      varchar(300),
    payer_username  varchar(100),
    payer_name      varchar(200) not null check (length(payer_name) > 0),
    payer_id_number varchar(20)  not null check (payer_id_number ~ '^([0-9]{12}|[0-9]{10}(-[0-9]{3})?)$'),
    payer_address   varchar(300),
    agency_id       bigint       not null,
    total           bigint       not null check (total > 0),
    status          varchar(12)  not null check (status in ('UNPAID', 'PAID', 'CANCELLED', 'EXPIRED')),
    paid_method     varchar(10)  check (paid_method in ('ONLINE', 'COUNTER')),
    paid_at         timestamptz,
    refunded        bigint       not null default 0 check (refunded >= 0 and refunded <= total),
    due_at          timestamptz,
    cancel_reason   varchar(500),
    created_at      timestamptz  not null,
    created_by      varchar(100),
    version         bigint       not null default 0,
    check ((status = 'PAID') = (paid_at is not null and paid_method is not null))
);
create index fee_order_case on payments.fee_order (case_module, case_code);
create index fee_order_payer on payments.fee_order (payer_username, created_at desc);
create index fee_order_agency on payments.fee_order (agency_id, created_at desc);

create table payments.fee_line (
    order_id    bigint       not null references payments.fee_order (id),
    line_no     int          not null check (line_no between 1 and 50),
    fee_code    varchar(40)  not null check (length(fee_code) > 0),
    name        varchar(300) not null check (length(name) > 0),
    kind        varchar(10)  not null check (kind in ('FEE', 'CHARGE')),
    amount      bigint       not null check (amount > 0),
    legal_basis varchar(300),
    primary key (order_id, line_no)
);

-- one try at paying an order: online through the gateway, or recorded at the counter
create table payments.attempt (
    id               bigint primary key,
    order_id         bigint       not null references payments.fee_order (id),
    txn_ref          varchar(40)  not null unique,
    method           varchar(10)  not null check (method in ('ONLINE', 'COUNTER')),
    state            varchar(10)  not null check (state in
                         ('CREATED', 'STARTED', 'SUBMITTED', 'SUCCESS', 'FAILED', 'CANCELLED', 'EXPIRED', 'ERROR')),
    failure_code     varchar(5)   check (failure_code in ('P0010', 'P0020', 'P0030', 'P0040', 'P0050')),
    finished         boolean      not null,
    amount           bigint       not null check (amount > 0),
    created_at       timestamptz  not null,
    expires_at       timestamptz  not null,
    finished_at      timestamptz,
    created_by       varchar(100),
    client_address   varchar(64),
    gateway_txn_no   varchar(40),
    gateway_code     varchar(4),
    bank_code        varchar(20),
    counter_kind     varchar(10)  check (counter_kind in ('CASH', 'CARD')),
    counter_note     varchar(200),
    needs_refund     boolean      not null default false,
    version          bigint       not null default 0,
    check (finished = (state in ('SUCCESS', 'FAILED', 'CANCELLED', 'EXPIRED', 'ERROR'))),
    check ((failure_code is not null) = (state in ('FAILED', 'CANCELLED', 'EXPIRED', 'ERROR'))),
    check ((method = 'COUNTER') = (counter_kind is not null))
);
-- an order is paid by at most one attempt
create unique index attempt_one_success on payments.attempt (order_id) where state = 'SUCCESS';
create index attempt_order on payments.attempt (order_id, created_at);
create index attempt_open on payments.attempt (expires_at) where not finished;

-- Idempotency-Key: the same key of the same caller within 24 hours answers the first attempt
create table payments.idempotency (
    owner          varchar(100) not null,
    key            varchar(100) not null,
    request_sha256 char(64)     not null,
    attempt_id     bigint       not null references payments.attempt (id),
    created_at     timestamptz  not null,
    primary key (owner, key)
);

-- receipt template and series registered for an agency, with the range of numbers it may use
create table payments.receipt_series (
    id               bigint primary key,
    agency_id        bigint       not null,
    template_symbol  varchar(20)  not null check (template_symbol ~ '^[0-9]{2}[A-Z0-9]{4}-[0-9]{3}$'),
    series_symbol    varchar(10)  not null check (series_symbol ~ '^[A-Z]{2}-[0-9]{2}E$'),
    number_from      int          not null check (number_from >= 1),
    number_to        int          not null check (number_to <= 9999999),
    next_number      int          not null,
    collector_name   varchar(300) not null,
    collector_tax_code varchar(14) not null check (collector_tax_code ~ '^[0-9]{10}(-[0-9]{3})?$'),
    collector_address varchar(300) not null,
    active           boolean      not null default true,
    created_at       timestamptz  not null,
    created_by       varchar(100),
    unique (template_symbol, series_symbol),
    check (number_from <= number_to),
    check (next_number between number_from and number_to + 1)
);

-- an electronic receipt (biên lai điện tử): numbered within its series when the order is paid
create table payments.receipt (
    id                bigint primary key,
    order_id          bigint       not null references payments.fee_order (id),
    attempt_id        bigint       not null references payments.attempt (id),
    series_id         bigint       references payments.receipt_series (id),
    number            int,
    lookup_code       varchar(12)  not null unique,
    status            varchar(10)  not null check (status in ('AWAITING', 'ISSUED', 'CANCELLED')),
    issued_at         timestamptz  not null,
    total             bigint       not null check (total > 0),
    total_words       varchar(400) not null,
    payer_name        varchar(200) not null,
    payer_id_number   varchar(20)  not null,
    payer_address     varchar(300),
    method            varchar(10)  not null check (method in ('ONLINE', 'COUNTER')),
    method_detail     varchar(60),
    gateway_txn_no    varchar(40),
    replaces_id       bigint references payments.receipt (id),
    cancel_reason     varchar(500),
    cancelled_at      timestamptz,
    pdf               bytea,
    sealed_at         timestamptz,
    sealed_by         varchar(300),
    seal_failure      varchar(300),
    version           bigint       not null default 0,
    unique (series_id, number),
    check ((series_id is null) = (number is null)),
    check ((status = 'AWAITING') = (series_id is null))
);
create unique index receipt_one_valid_per_order on payments.receipt (order_id) where status <> 'CANCELLED';
create index receipt_unsealed on payments.receipt (id) where pdf is null and status = 'ISSUED';

-- double-entry ledger: every money movement is a transaction of entries that balance
create table payments.ledger_transaction (
    id          bigint primary key,
    kind        varchar(12)  not null check (kind in ('PAYMENT', 'REFUND', 'SETTLEMENT')),
    order_id    bigint       references payments.fee_order (id),
    attempt_id  bigint       references payments.attempt (id),
    occurred_at timestamptz  not null,
    memo        varchar(300)
);
create table payments.ledger_entry (
    id             bigint primary key,
    transaction_id bigint      not null references payments.ledger_transaction (id),
    account        varchar(20) not null check (account in
                       ('payer_clearing', 'gateway_receivable', 'cash_at_desk', 'agency_revenue', 'refunds_payable', 'bank')),
    agency_id      bigint      not null,
    debit          bigint      not null default 0 check (debit >= 0),
    credit         bigint      not null default 0 check (credit >= 0),
    check ((debit > 0) <> (credit > 0))
);
create index ledger_entry_transaction on payments.ledger_entry (transaction_id);

-- checked at commit: a transaction's entries balance, and there are at least two
create function payments.ledger_balances() returns trigger language plpgsql as $$
declare
    d bigint;
    c bigint;
    n int;
begin
    select coalesce(sum(debit), 0), coalesce(sum(credit), 0), count(*) into d, c, n
      from payments.ledger_entry where transaction_id = new.transaction_id;
    if d <> c or n < 2 then
        raise exception 'ledger transaction % does not balance: debit %, credit %, % entries', new.transaction_id, d, c, n
            using errcode = '23514';
    end if;
    return null;
end $$;
create constraint trigger ledger_entry_balances after insert on payments.ledger_entry
    deferrable initially deferred for each row execute function payments.ledger_balances();

-- the ledger is append-only
create function payments.ledger_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the ledger is append-only' using errcode = '23514';
end $$;
create trigger ledger_entry_append_only before update or delete on payments.ledger_entry
    for each row execute function payments.ledger_append_only();
create trigger ledger_transaction_append_only before update or delete on payments.ledger_transaction
    for each row execute function payments.ledger_append_only();

-- facts for other modules (FeeOrderPaid, FeeOrderRefunded, FeeOrderExpired), written in the
-- transaction that made them true and read by position, so a receiver that was down catches up
create table payments.fact (
    position    bigserial primary key,
    kind        varchar(10)  not null check (kind in ('PAID', 'REFUNDED', 'EXPIRED')),
    order_code  varchar(20)  not null,
    case_module varchar(40)  not null,
    case_code   varchar(100) not null,
    amount      bigint       not null,
    occurred_at timestamptz  not null
);
create index fact_module on payments.fact (case_module, position);
