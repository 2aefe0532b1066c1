-- The public list shows published reports newest first, twenty at a time. Walking this index in
-- order answers a search for common words after a few hundred rows instead of sorting every
-- match; rare words still go through the text index (report_search).
create index report_published on report (published_at desc, id desc)
    where status in ('PUBLISHED', 'CLOSED') and consent_publish and not hidden;
