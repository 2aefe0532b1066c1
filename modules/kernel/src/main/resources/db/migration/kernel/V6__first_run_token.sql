-- The one-time link that lets the operator create the first administrator of a platform started on
-- an empty database (kernel.account.FirstAdministrator). Only the token's SHA-256 is kept; at most
-- one row; removed when used.
create table setup_token (
    id          smallint primary key check (id = 1),
    token_hash  char(64) not null,
    expires_at  timestamptz not null
);
