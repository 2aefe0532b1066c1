-- The staff inbox counts its boxes in one pass over the dossiers still open at the staff's
-- agencies: this index holds only those (a year's finished dossiers are most of the table).
create index dossier_open on procedures.dossier (current_agency_id, desk_id)
    where status in ('SUBMITTED', 'RECEIVED', 'PROCESSING', 'AWAITING_APPROVAL', 'SUPPLEMENT_REQUESTED',
                     'FEE_REQUESTED', 'WITHDRAWAL_REQUESTED', 'PROCESSED');
