package vn.egov.signing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.api.helpers.PageMessages;
import vn.egov.signing.SigningModule;
import vn.egov.signing.api.SignatureVerification;
import vn.egov.signing.api.VerificationReport;

/** The public page /verify/: upload a PDF, read who signed it and whether it is intact. */
@Named
@RequestScoped
public class VerifyDocument {
    private static final String BUNDLE = "i18n.signing";

    @Inject
    SignatureVerification verification;

    @Inject
    Settings settings;

    private Part file;
    private VerificationReport report;
    private String fileName;

    public void verify() throws IOException {
        if (file == null || file.getSize() == 0) {
            refuse(PageMessages.text(BUNDLE, "verify.fileRequired"));
            return;
        }
        int max = settings.integer(SigningModule.VERIFY_MAX_BYTES);
        if (file.getSize() > max) {
            refuse(PageMessages.text(BUNDLE, "document.TOO_LARGE", max / (1024 * 1024)));
            return;
        }
        byte[] pdf;
        try (InputStream in = file.getInputStream()) {
            pdf = in.readAllBytes();
        }
        try {
            report = verification.verify(pdf);
            fileName = file.getSubmittedFileName();
        } catch (IllegalArgumentException refused) {
            refuse(PageMessages.text(BUNDLE, refused.getMessage()));
        }
    }

    private static void refuse(String message) {
        PageMessages.show("form", FieldErrors.of("file", message));
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public boolean isChecked() {
        return report != null;
    }

    public boolean isSigned() {
        return report != null && report.signed();
    }

    public boolean isValid() {
        return report != null && report.valid();
    }

    public boolean isChangedAfterSigning() {
        return report != null && report.changedAfterSigning();
    }

    public String getDocumentSha256() {
        return report == null ? null : report.documentSha256();
    }

    public List<SignatureView> getSignatures() {
        return report == null
                ? List.of()
                : report.signatures().stream().map(SignatureView::new).toList();
    }

    public String getFileName() {
        return fileName;
    }
}
