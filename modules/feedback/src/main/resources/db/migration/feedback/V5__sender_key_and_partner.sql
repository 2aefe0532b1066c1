-- Only the sender may rate or reopen a report: the signed-in account that sent it, or whoever holds
-- the sender key given with the acknowledgement (never the public tracking code alone). Only the
-- key's SHA-256 is kept; reports stored before this have none and can be acted on by their account only.
alter table feedback.report add column sender_key_hash varchar(64);

-- Floods are counted per sender kind: a signed-in citizen by account, an Open311 partner by its
-- api_key (each key has its own limit; the report keeps a label of the key, never the key), an
-- anonymous sender by address with a higher limit.
alter table feedback.report add column partner varchar(40);
create index report_partner_received on feedback.report (partner, received_at) where partner is not null;
