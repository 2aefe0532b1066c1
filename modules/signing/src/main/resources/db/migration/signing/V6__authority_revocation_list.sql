-- The root's own revocation list (ARL) for the CAs under it is numbered apart from the issuing CA's CRL.
create sequence arl_number;

-- Stored long-term (B-LTA) documents whose document time-stamps the platform renews before the
-- time-stamping certificate or its algorithms weaken; the newest version is kept.
create table archived_document (
    id              bigserial    primary key,
    kind            varchar(50)  not null,
    name            varchar(255) not null,
    original_sha256 char(64)     not null,
    pdf             bytea        not null,
    sha256          char(64)     not null,
    stamped_until   timestamptz  not null,
    renewed_at      timestamptz  not null,
    renewals        int          not null default 0,
    version         bigint       not null default 0
);
create index archived_document_due on archived_document (stamped_until);
