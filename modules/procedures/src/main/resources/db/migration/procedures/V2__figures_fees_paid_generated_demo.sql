-- What the indices read from a dossier without joining its parts: whether its result was issued
-- electronically and signed, how many components were digitised at the desk or reused, and when
-- and whether it bears a fee and how it was paid (from payments' facts, read by position). Generated demo dossiers are
-- marked as such.
alter table procedures.dossier
    add column electronic_result boolean not null default false,
    add column result_signed     boolean not null default false,
    add column digitised_parts   int     not null default 0 check (digitised_parts >= 0),
    add column reused_parts      int     not null default 0 check (reused_parts >= 0),
    add column fee_bearing       boolean not null default false,
    add column fee_paid_at       timestamptz,
    add column fee_paid_online   boolean,
    add column generated         boolean not null default false;

-- Which payments fact this module has read up to.
create table procedures.fact_position (
    source    varchar(40) primary key,
    position  bigint      not null
);
insert into procedures.fact_position(source, position) values ('payments', 0);

create index dossier_agency_received on procedures.dossier(agency_id, received_at);
create index dossier_agency_completed on procedures.dossier(agency_id, completed_at);
create index dossier_fee_order on procedures.dossier(fee_order_code) where fee_order_code is not null;
