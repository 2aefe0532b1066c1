package vn.egov.procedures.domain;

/**
 * Where a dossier stands. The internal statuses are finer than the national public service
 * portal's; {@link #portalCode()} is the one table that maps each to the portal's TrangThaiHoSo
 * (1 new ... 10 result returned). A draft is the citizen's own and is never sent to the portal.
 */
public enum DossierStatus {
    DRAFT(0),
    SUBMITTED(1),
    RECEIVED(2),
    REFUSED(3),
    PROCESSING(4),
    AWAITING_APPROVAL(4),
    SUPPLEMENT_REQUESTED(5),
    FEE_REQUESTED(6),
    WITHDRAWAL_REQUESTED(7),
    STOPPED(8),
    PROCESSED(9),
    RETURNED(10);

    private final int portalCode;

    DossierStatus(int portalCode) {
        this.portalCode = portalCode;
    }

    /** The portal's TrangThaiHoSo, 0 for a draft (never sent). */
    public int portalCode() {
        return portalCode;
    }

    /** Ended: nothing more happens to it. */
    public boolean finished() {
        return this == REFUSED || this == STOPPED || this == RETURNED;
    }

    /** Received and not yet decided: the legal clock is running or paused. */
    public boolean inProcess() {
        return this == RECEIVED
                || this == PROCESSING
                || this == AWAITING_APPROVAL
                || this == SUPPLEMENT_REQUESTED
                || this == FEE_REQUESTED
                || this == WITHDRAWAL_REQUESTED;
    }
}
