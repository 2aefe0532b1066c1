-- Reports and their timeline take ids in blocks of 50 (JPA sequence preallocation): one nextval
-- per 50 rows instead of a "select lastval()" after every insert. A nextval hands out the last id
-- of a block; the block is the 49 ids before it and that one. Rows inserted by plain SQL still
-- take the column default and so one whole block each: ids never collide, some are skipped.
alter sequence feedback.report_id_seq increment by 50;
select setval('feedback.report_id_seq', greatest((select max(id) from feedback.report), 1));
alter sequence feedback.report_event_id_seq increment by 50;
select setval('feedback.report_event_id_seq', greatest((select max(id) from feedback.report_event), 1));
