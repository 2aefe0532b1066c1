package vn.egov.signing.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.helpers.PageMessages;
import vn.egov.signing.SecondFactors;

/**
 * The signer's authenticator page in the back office: scan the QR code (or type the key) into
 * an authenticator app, then confirm with the first code it shows.
 */
@Named
@ViewScoped
public class EnrolAuthenticator implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "i18n.signing";

    @Inject
    SecondFactors factors;

    @Inject
    Caller caller;

    private boolean enrolled;
    private String secret;
    private String qrSvg;
    private String code;

    @PostConstruct
    void load() {
        enrolled = factors.enrolled(username());
    }

    public void start() {
        try {
            SecondFactors.Enrolment enrolment = factors.enrol(username());
            secret = enrolment.secret();
            qrSvg = enrolment.qrSvg();
            enrolled = false;
        } catch (SecondFactors.CodeRefused refused) {
            PageMessages.error(refused);
        }
    }

    public void confirm() {
        try {
            factors.confirmAuthenticator(username(), code);
            enrolled = true;
            secret = null;
            qrSvg = null;
            PageMessages.info(PageMessages.text(BUNDLE, "factor.confirmed"));
        } catch (SecondFactors.CodeRefused refused) {
            PageMessages.show("confirm", FieldErrors.of("code", refused.text()));
        } finally {
            code = null;
        }
    }

    private String username() {
        return caller.username();
    }

    public boolean isEnrolled() {
        return enrolled;
    }

    public boolean isEnrolling() {
        return secret != null;
    }

    /** The key grouped by four characters, easier to type into an app. */
    public String getSecret() {
        return secret == null ? null : secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    public String getQrSvg() {
        return qrSvg;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
