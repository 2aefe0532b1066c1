package vn.egov.procedures.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import vn.egov.kernel.api.Attachments;
import vn.egov.procedures.DossierIntake;
import vn.egov.procedures.domain.DossierStatus;

/**
 * The citizen's dossier ({@code /procedures/dossier.xhtml?code=...}): status, due date and countdown,
 * what is asked of him (completion with new files, the fee), the result to download, withdrawal and
 * rating. Only the citizen who submitted it, and the staff it passes through, may open it.
 */
@Named
@ViewScoped
public class MyDossier extends DossierPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    DossierIntake intake;

    @Inject
    Attachments attachments;

    private boolean submitted;
    private String reason;
    private int stars;
    private transient Map<Integer, Part> files = new HashMap<>();

    public boolean isMine() {
        return getDossier() != null && access.isApplicant(caller.username(), getDossier());
    }

    public void resubmit() {
        step(
                () -> {
                    if (queries.byCode(code)
                            .map(d -> d.getVersion() != shownVersion)
                            .orElse(true)) {
                        throw vn.egov.procedures.ProceduresRefusal.stale();
                    }
                    for (Map.Entry<Integer, Part> f : files().entrySet()) {
                        if (Uploads.present(f.getValue())) {
                            intake.attach(
                                    caller.username(),
                                    getDossier().getId(),
                                    f.getKey(),
                                    Uploads.store(attachments, f.getValue()));
                        }
                    }
                    files = new HashMap<>();
                    // the files just added changed the dossier: complete the version this request made
                    intake.resubmit(
                            caller.username(),
                            code,
                            queries.byCode(code).orElseThrow().getVersion());
                },
                "mine.resubmitted");
    }

    public void withdraw() {
        step(() -> intake.requestWithdrawal(caller.username(), code, shownVersion, reason), "mine.withdrawRequested");
    }

    public void rate() {
        step(() -> intake.rate(caller.username(), code, stars), "mine.rated");
    }

    public boolean isAskedToComplete() {
        return getDossier() != null && getDossier().getStatus() == DossierStatus.SUPPLEMENT_REQUESTED;
    }

    private Map<Integer, Part> files() {
        if (files == null) {
            files = new HashMap<>();
        }
        return files;
    }

    public Map<Integer, Part> getFiles() {
        return files();
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public void setSubmitted(boolean submitted) {
        this.submitted = submitted;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public int getStars() {
        return stars;
    }

    public void setStars(int stars) {
        this.stars = stars;
    }
}
