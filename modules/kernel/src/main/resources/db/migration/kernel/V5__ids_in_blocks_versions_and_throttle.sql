-- The module template's entity style (docs/modules.md): ids in blocks of 50 (JPA sequence
-- preallocation, one nextval per 50 rows; rows inserted by plain SQL take the column default and so
-- a whole block each, ids never collide), and an optimistic version on every aggregate staff change.
alter table kernel.module_switch add column version bigint not null default 0;
alter sequence kernel.notification_id_seq increment by 50;
select setval('kernel.notification_id_seq', greatest((select max(id) from kernel.notification), 1));
alter sequence kernel.account_id_seq increment by 50;
select setval('kernel.account_id_seq', greatest((select max(id) from kernel.account), 1));
alter sequence kernel.membership_id_seq increment by 50;
select setval('kernel.membership_id_seq', greatest((select max(id) from kernel.membership), 1));
alter sequence kernel.org_unit_id_seq increment by 50;
select setval('kernel.org_unit_id_seq', greatest((select max(id) from kernel.org_unit), 1));
alter sequence kernel.org_unit_name_id_seq increment by 50;
select setval('kernel.org_unit_name_id_seq', greatest((select max(id) from kernel.org_unit_name), 1));
alter table kernel.setting add column version bigint not null default 0;
alter table kernel.calendar_day add column version bigint not null default 0;

-- Failed sign-ins and registrations per key (kernel.account.Throttle), shared by every server.
create table throttle (
    key          varchar(400) primary key,
    failures     int          not null check (failures > 0),
    last_failure timestamptz  not null
);
create index throttle_last_failure on throttle (last_failure);
