-- An account's authenticator (TOTP, RFC 6238): the seed sealed under the master key, the last
-- time step used (a code is good once), and the failures that lock signing for a while.
create table second_factor (
    username      varchar(100) primary key,
    secret_sealed text         not null,
    confirmed     boolean      not null default false,
    last_step     bigint       not null default 0,
    failures      int          not null default 0,
    locked_until  timestamptz,
    enrolled_at   timestamptz  not null default now(),
    version       bigint       not null default 0
);
