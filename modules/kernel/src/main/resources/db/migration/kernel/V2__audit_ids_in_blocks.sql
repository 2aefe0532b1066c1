-- Audit entries take ids in blocks of 50 (JPA sequence preallocation): one nextval per 50 entries
-- instead of a "select lastval()" after every insert. A nextval hands out the last id of a block;
-- entries inserted by plain SQL take the column default and so one whole block each.
alter sequence kernel.audit_entry_id_seq increment by 50;
select setval('kernel.audit_entry_id_seq', greatest((select max(id) from kernel.audit_entry), 1));
