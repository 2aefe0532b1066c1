-- A signing credential: a certificate and the custody reference of its key, owned by an account
-- (an officer, leader or citizen) or by an agency (its organisational seal).
create table credential (
    id           bigserial    primary key,
    holder_kind  varchar(10)  not null check (holder_kind in ('OFFICER', 'LEADER', 'SEAL', 'CITIZEN')),
    username     varchar(100),
    agency_id    bigint,
    subject      varchar(500) not null,
    serial       numeric(50)  not null unique,
    certificate  bytea        not null,
    key_ref      text         not null,
    backend      varchar(20)  not null,
    status       varchar(10)  not null default 'ACTIVE' check (status in ('ACTIVE', 'REVOKED')),
    issued_at    timestamptz  not null default now(),
    issued_by    varchar(100) not null,
    check ((holder_kind = 'SEAL') = (agency_id is not null and username is null))
);
create index credential_username on credential (username) where status = 'ACTIVE';
-- one active seal per agency, so automatic sealing never has to choose
create unique index credential_active_seal on credential (agency_id) where status = 'ACTIVE' and holder_kind = 'SEAL';
