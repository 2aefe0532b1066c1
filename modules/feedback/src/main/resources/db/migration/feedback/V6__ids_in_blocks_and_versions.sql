-- The module template's entity style (docs/modules.md): ids in blocks of 50 (JPA sequence
-- preallocation, one nextval per 50 rows; rows inserted by plain SQL take the column default and so
-- a whole block each, ids never collide), and an optimistic version on every aggregate staff change.
alter sequence feedback.routing_rule_id_seq increment by 50;
select setval('feedback.routing_rule_id_seq', greatest((select max(id) from feedback.routing_rule), 1));
alter table feedback.routing_rule add column version bigint not null default 0;
alter sequence feedback.answer_template_id_seq increment by 50;
select setval('feedback.answer_template_id_seq', greatest((select max(id) from feedback.answer_template), 1));
alter table feedback.answer_template add column version bigint not null default 0;
alter sequence feedback.category_id_seq increment by 50;
select setval('feedback.category_id_seq', greatest((select max(id) from feedback.category), 1));
