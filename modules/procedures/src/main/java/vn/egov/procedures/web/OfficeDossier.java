package vn.egov.procedures.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import vn.egov.kernel.api.Attachments;
import vn.egov.kernel.api.Role;
import vn.egov.procedures.DossierIntake;
import vn.egov.procedures.DossierWork;
import vn.egov.procedures.OneStopForms;
import vn.egov.procedures.domain.DossierAction;

/**
 * A dossier for staff ({@code /office/procedures/dossier.xhtml?code=...}): its facts, components,
 * control sheet, forms, fee and result, and the steps the caller may take where it stands.
 */
@Named
@ViewScoped
public class OfficeDossier extends DossierPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    DossierWork work;

    @Inject
    DossierIntake intake;

    @Inject
    OneStopForms forms;

    @Inject
    Attachments attachments;

    private String text;
    private Long toAgency;
    private String toRole = Role.OFFICER.name();
    private String toUser;
    private String resultName;
    private String factorCode;
    private String extendCode;
    private LocalDate newDue;
    private int scanPosition = 1;
    private transient Part scan;
    private transient Part draftResult;

    private long version() {
        return shownVersion;
    }

    /** Whether the caller may take this step where the dossier stands (the service checks again). */
    public boolean can(String step) {
        if (getDossier() == null) {
            return false;
        }
        DossierAction action = DossierAction.valueOf(step);
        if (!action.allowedFrom(getDossier().getStatus())) {
            return false;
        }
        long desk = getDossier().getDeskId();
        long at = getDossier().getCurrentAgencyId();
        return switch (action) {
            case RECEIVE, ASK_COMPLETION, REFUSE, RETURN_RESULT, RESUBMIT ->
                access.serves(caller.username(), desk, Role.OFFICER);
            case SEND_BACK, SIGN_RESULT, EXTEND -> access.serves(caller.username(), at, Role.LEADER);
            case ACCEPT_WITHDRAWAL ->
                access.serves(caller.username(), at, Role.OFFICER)
                        || access.serves(caller.username(), desk, Role.OFFICER);
            case HAND_OVER, REQUEST_SUPPLEMENT, SUBMIT_FOR_APPROVAL, STOP ->
                access.serves(caller.username(), at, Role.OFFICER);
            case REQUEST_FEE ->
                getDossier().getProcedure().getFeeTotal() > 0 && access.serves(caller.username(), at, Role.OFFICER);
            default -> false;
        };
    }

    /** What the citizen was asked for was brought to the desk (scanned first): the dossier goes on. */
    public void completed() {
        step(() -> intake.resubmit(caller.username(), code, version()), "office.completed");
    }

    public void receive() {
        step(() -> work.receive(caller.username(), code, version()), "office.received");
    }

    public void askCompletion() {
        step(() -> work.askCompletion(caller.username(), code, version(), text), "office.askedCompletion");
    }

    public void refuse() {
        step(() -> work.refuse(caller.username(), code, version(), text), "office.refused");
    }

    public void handOver() {
        step(
                () -> work.handOver(
                        caller.username(),
                        code,
                        version(),
                        toAgency == null ? getDossier().getAgencyId() : toAgency,
                        Role.valueOf(toRole),
                        toUser,
                        text),
                "office.handedOver");
    }

    public void requestSupplement() {
        step(() -> work.requestSupplement(caller.username(), code, version(), text), "office.supplementRequested");
    }

    /** The specialist's draft: a PDF he uploads, or one the platform drafts from the dossier. */
    public void submitForApproval() {
        step(
                () -> {
                    byte[] pdf = Uploads.present(draftResult) ? read(draftResult) : forms.draftResult(getDossier());
                    work.submitForApproval(
                            caller.username(),
                            code,
                            version(),
                            resultName == null || resultName.isBlank()
                                    ? getDossier().getProcedure().getResultKind()
                                    : resultName,
                            pdf);
                },
                "office.submittedForApproval");
    }

    public void requestFee() {
        step(() -> work.requestFee(caller.username(), code, version()), "office.feeRequested");
    }

    public void sendBack() {
        step(() -> work.sendBack(caller.username(), code, version(), text), "office.sentBack");
    }

    public void sign() {
        step(() -> work.signResult(caller.username(), code, version(), factorCode), "office.signed");
        factorCode = null;
    }

    public void returnResult() {
        step(() -> work.returnResult(caller.username(), code, version()), "office.returned");
    }

    public void extend() {
        step(() -> work.extend(caller.username(), code, version(), newDue, text, extendCode), "office.extended");
        extendCode = null;
    }

    public void stop() {
        step(() -> work.stop(caller.username(), code, version(), text), "office.stopped");
    }

    public void acceptWithdrawal() {
        step(() -> work.acceptWithdrawal(caller.username(), code, version()), "office.withdrawn");
    }

    /** A component scanned at the desk (flagged as digitised, with who and when). */
    public void addScan() {
        step(
                () -> {
                    if (Uploads.present(scan)) {
                        intake.attach(
                                caller.username(),
                                getDossier().getId(),
                                scanPosition,
                                Uploads.store(attachments, scan));
                    }
                },
                "office.scanned");
    }

    private static byte[] read(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getToAgency() {
        return toAgency;
    }

    public void setToAgency(Long toAgency) {
        this.toAgency = toAgency;
    }

    public String getToRole() {
        return toRole;
    }

    public void setToRole(String toRole) {
        this.toRole = toRole;
    }

    public String getToUser() {
        return toUser;
    }

    public void setToUser(String toUser) {
        this.toUser = toUser;
    }

    public String getResultName() {
        return resultName;
    }

    public void setResultName(String resultName) {
        this.resultName = resultName;
    }

    public String getFactorCode() {
        return factorCode;
    }

    public void setFactorCode(String factorCode) {
        this.factorCode = factorCode;
    }

    public String getExtendCode() {
        return extendCode;
    }

    public void setExtendCode(String extendCode) {
        this.extendCode = extendCode;
    }

    public LocalDate getNewDue() {
        return newDue;
    }

    public void setNewDue(LocalDate newDue) {
        this.newDue = newDue;
    }

    public int getScanPosition() {
        return scanPosition;
    }

    public void setScanPosition(int scanPosition) {
        this.scanPosition = scanPosition;
    }

    public Part getScan() {
        return scan;
    }

    public void setScan(Part scan) {
        this.scan = scan;
    }

    public Part getDraftResult() {
        return draftResult;
    }

    public void setDraftResult(Part draftResult) {
        this.draftResult = draftResult;
    }
}
