package vn.egov.indices;

import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Refusal;

/** Why the indices module refused a step; the message is a key of its bundle ({@code refusal.*}). */
public class IndicesRefusal extends Refusal {
    public IndicesRefusal(int status, String code, String key, Object... args) {
        super(status, code, null, Message.of(IndicesModule.BUNDLE, key, args));
    }
}
