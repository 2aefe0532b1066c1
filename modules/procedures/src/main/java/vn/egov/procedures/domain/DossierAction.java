package vn.egov.procedures.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every step a dossier can take, with the statuses it may be taken from. The control sheet
 * records each by this name; {@link Dossier} applies them and checks the rules beyond the status.
 */
public enum DossierAction {
    SUBMIT(EnumSet.of(DossierStatus.DRAFT)),
    WALK_IN(EnumSet.noneOf(DossierStatus.class)),
    RESUBMIT(EnumSet.of(DossierStatus.SUPPLEMENT_REQUESTED)),
    RECEIVE(EnumSet.of(DossierStatus.SUBMITTED)),
    ASK_COMPLETION(EnumSet.of(DossierStatus.SUBMITTED)),
    REFUSE(EnumSet.of(DossierStatus.SUBMITTED)),
    HAND_OVER(EnumSet.of(DossierStatus.RECEIVED, DossierStatus.PROCESSING)),
    REQUEST_SUPPLEMENT(EnumSet.of(DossierStatus.PROCESSING, DossierStatus.AWAITING_APPROVAL)),
    REQUEST_FEE(EnumSet.of(DossierStatus.PROCESSING)),
    FEE_PAID(EnumSet.of(DossierStatus.FEE_REQUESTED)),
    SUBMIT_FOR_APPROVAL(EnumSet.of(DossierStatus.PROCESSING)),
    SEND_BACK(EnumSet.of(DossierStatus.AWAITING_APPROVAL)),
    SIGN_RESULT(EnumSet.of(DossierStatus.AWAITING_APPROVAL)),
    RETURN_RESULT(EnumSet.of(DossierStatus.PROCESSED)),
    EXTEND(EnumSet.of(
            DossierStatus.RECEIVED,
            DossierStatus.PROCESSING,
            DossierStatus.AWAITING_APPROVAL,
            DossierStatus.FEE_REQUESTED)),
    REQUEST_WITHDRAWAL(EnumSet.of(
            DossierStatus.SUBMITTED,
            DossierStatus.RECEIVED,
            DossierStatus.PROCESSING,
            DossierStatus.AWAITING_APPROVAL,
            DossierStatus.SUPPLEMENT_REQUESTED,
            DossierStatus.FEE_REQUESTED)),
    ACCEPT_WITHDRAWAL(EnumSet.of(DossierStatus.WITHDRAWAL_REQUESTED)),
    STOP(EnumSet.of(
            DossierStatus.RECEIVED,
            DossierStatus.PROCESSING,
            DossierStatus.AWAITING_APPROVAL,
            DossierStatus.SUPPLEMENT_REQUESTED,
            DossierStatus.FEE_REQUESTED,
            DossierStatus.WITHDRAWAL_REQUESTED)),
    RATE(EnumSet.of(DossierStatus.PROCESSED, DossierStatus.RETURNED));

    private final Set<DossierStatus> from;

    DossierAction(Set<DossierStatus> from) {
        this.from = from;
    }

    public boolean allowedFrom(DossierStatus status) {
        return from.contains(status);
    }
}
