-- Signature activation data (CSC credentials/authorize): what one second-factor check allowed.
-- Only the SHA-256 of the SAD is stored; the SAD is bound to its account, credential and the
-- listed hashes (CSC SCAL 2), signs each listed hash once, and expires after a few minutes.
create table signature_activation (
    sad_sha256    char(64)     primary key,
    credential_id bigint       not null references credential (id),
    username      varchar(100) not null,
    hashes        text         not null,
    expires_at    timestamptz  not null,
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0
);
create index signature_activation_expiry on signature_activation (expires_at);

-- A credential imported from a PKCS#12 file keeps the chain it came with (PkiPath encoding);
-- credentials our CA issued have none stored, their chain is the CA's.
alter table credential add column chain bytea;
