package vn.egov.procedures.domain;

import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Refusal;

/** A step the dossier's state does not allow (409); the message names the step and the status. */
public class IllegalDossierStep extends Refusal {
    private static final long serialVersionUID = 1L;

    public IllegalDossierStep(DossierAction action, DossierStatus status) {
        super(
                409,
                "illegal_step",
                null,
                Message.of(
                        "i18n.procedures",
                        "refusal.illegalStep",
                        Message.of("i18n.procedures", "action." + action.name()),
                        Message.of("i18n.procedures", "status." + status.name())));
    }

    /** A rule of the step beyond the status (the message's key in the procedures bundle). */
    public IllegalDossierStep(String key, Object... args) {
        super(409, "illegal_step", null, Message.of("i18n.procedures", key, args));
    }
}
