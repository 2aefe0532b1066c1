-- An account's identity (the CCCD and name it was registered with) is unverified until an officer
-- at the one-stop desk has checked the card (later: the national electronic identity). Only a
-- verified identity gets a certificate naming its CCCD or signs. A CCCD is unique among verified
-- accounts only: registration answers the same whether or not a CCCD or e-mail is already used,
-- so it can no longer tell a stranger which citizens have accounts.
alter table account add column identity_verified_at timestamptz;
alter table account add column identity_verified_by varchar(64);
drop index account_cccd;
create unique index account_cccd_verified on account(cccd) where identity_verified_at is not null;
create index account_cccd on account(cccd) where cccd is not null;
drop index account_email;
create index account_email on account(lower(email)) where email is not null;
