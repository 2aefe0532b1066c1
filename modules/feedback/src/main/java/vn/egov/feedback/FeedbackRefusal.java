package vn.egov.feedback;

import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Refusal;

/** A request the feedback module refuses for a reason the caller can act on; its text is in the module's bundle. */
public abstract class FeedbackRefusal extends Refusal {
    /** The feedback module's bundle, where every text it shows is kept. */
    public static final String BUNDLE = FeedbackModule.BUNDLE;

    protected FeedbackRefusal(int status, String code, String key, Object... args) {
        super(status, code, null, Message.of(BUNDLE, key, args));
    }
}
