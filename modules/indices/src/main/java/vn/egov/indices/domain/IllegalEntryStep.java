package vn.egov.indices.domain;

import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Refusal;

/** A step an entered value cannot take in its status (409), or without what it needs (400). */
public class IllegalEntryStep extends Refusal {
    public IllegalEntryStep(int status, String key) {
        super(status, "illegal_step", null, Message.of("i18n.indices", key));
    }
}
