-- The module template's entity style (docs/modules.md): ids in blocks of 50 (JPA sequence
-- preallocation, one nextval per 50 rows; rows inserted by plain SQL take the column default and so
-- a whole block each, ids never collide), and an optimistic version on every aggregate staff change.
alter sequence signing.archived_document_id_seq increment by 50;
select setval('signing.archived_document_id_seq', greatest((select max(id) from signing.archived_document), 1));
alter table signing.authority add column version bigint not null default 0;
alter sequence signing.credential_id_seq increment by 50;
select setval('signing.credential_id_seq', greatest((select max(id) from signing.credential), 1));
alter table signing.credential add column version bigint not null default 0;
alter sequence signing.trust_anchor_id_seq increment by 50;
select setval('signing.trust_anchor_id_seq', greatest((select max(id) from signing.trust_anchor), 1));
alter table signing.trust_anchor add column version bigint not null default 0;
