-- An attachment may be used only by whoever uploaded it (the account, or an anonymous request's
-- own upload tag), and only once: used_for names the record kind it went to, used_at when.
alter table attachment add column used_for varchar(120);
alter table attachment add column used_at timestamptz;
alter table attachment alter column owner type varchar(120);
