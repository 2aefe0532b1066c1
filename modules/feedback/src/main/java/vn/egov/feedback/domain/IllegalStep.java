package vn.egov.feedback.domain;

import vn.egov.kernel.api.Refusal;

/** A step the report's procedure does not allow now (answering a rejected report, for instance): 409. */
public class IllegalStep extends Refusal {
    public IllegalStep(String key, Object... args) {
        super(409, "illegal_step", null, ReportDraft.text(key, args));
    }
}
