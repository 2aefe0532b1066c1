-- The built-in certificate authority: one row; keys are custody references (sealed or in a token), never clear keys.
create table authority (
    id              smallint     primary key check (id = 1),
    organisation    varchar(200) not null,
    backend         varchar(20)  not null,
    root_der        bytea        not null,
    root_key        text         not null,
    issuing_der     bytea        not null,
    issuing_key     text         not null,
    tsa_der         bytea        not null,
    tsa_key         text         not null,
    established_at  timestamptz  not null default now()
);

-- Certificates the built-in CA revoked; the CRL lists them.
create table revocation (
    serial      numeric(50)  primary key,
    subject     varchar(500) not null,
    revoked_at  timestamptz  not null default now(),
    revoked_by  varchar(100) not null
);

create sequence crl_number;

-- Outside CAs an admin trusts: their roots and intermediates count as trust anchors in verification.
create table trust_anchor (
    id          bigserial    primary key,
    subject     varchar(500) not null,
    sha256      char(64)     not null unique,
    der         bytea        not null,
    added_at    timestamptz  not null default now(),
    added_by    varchar(100) not null
);
