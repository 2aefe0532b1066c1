-- A procedure may ask for a copy of its result sealed by the deciding agency besides the leader's
-- signed original (bản sao điện tử có đóng dấu của cơ quan).
alter table procedures.procedure_version add column sealed_copy boolean not null default false;

-- An online dossier's submission slip is made and sealed by the module's job right after it is
-- submitted; until then the dossier waits in this small index (a crash loses no slip).
alter table procedures.dossier add column slip_pending boolean not null default false;
create index dossier_slip_pending on procedures.dossier (id) where slip_pending;
