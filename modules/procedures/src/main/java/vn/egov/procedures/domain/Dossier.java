package vn.egov.procedures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * A dossier (hồ sơ) of one procedure version: who it is for, how it came in, where it stands and
 * its legal clock. Every change is a named step that checks the status machine
 * ({@link DossierAction}); the services record each in the control sheet and the portal outbox.
 */
@Entity
@Table(name = "dossier", schema = "procedures")
public class Dossier {
    @Id
    @SequenceGenerator(name = "dossier_seq", schema = "procedures", sequenceName = "dossier_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_seq")
    private Long id;

    private String code;

    @ManyToOne(optional = false)
    @JoinColumn(name = "procedure_id")
    private Procedure procedure;

    @Column(name = "procedure_code")
    private String procedureCode;

    @Column(name = "agency_id")
    private long agencyId;

    @Column(name = "desk_id")
    private long deskId;

    @Column(name = "current_agency_id")
    private long currentAgencyId;

    @Column(name = "assigned_role")
    private String currentRole;

    @Column(name = "assignee")
    private String currentAssignee;

    @Enumerated(EnumType.STRING)
    private DossierStatus status;

    @Convert(converter = ChannelColumn.class)
    private Channel channel;

    @Column(name = "owner_kind")
    private short ownerKind;

    @Column(name = "owner_name")
    private String ownerName;

    /** The owner's name folded ({@link vn.egov.kernel.api.helpers.VietnameseText#fold}), for staff's search. */
    @Column(name = "owner_folded")
    private String ownerFolded;

    @Column(name = "owner_id_number")
    private String ownerIdNumber;

    @Column(name = "owner_phone")
    private String ownerPhone;

    @Column(name = "owner_email")
    private String ownerEmail;

    @Column(name = "owner_address")
    private String ownerAddress;

    @Column(name = "applicant_username")
    private String applicantUsername;

    private String summary;

    @Column(name = "form_data")
    private String formData;

    @Enumerated(EnumType.STRING)
    @Column(name = "result_delivery")
    private ResultDelivery resultDelivery;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "received_at")
    private OffsetDateTime receivedAt;

    @Column(name = "received_by")
    private String receivedBy;

    @Column(name = "due_at")
    private OffsetDateTime dueAt;

    @Column(name = "paused_at")
    private OffsetDateTime pausedAt;

    @Column(name = "paused_minutes")
    private long pausedMinutes;

    @Column(name = "supplement_requests")
    private int supplementRequests;

    private boolean extended;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "on_time")
    private OnTimeClass onTime;

    @Column(name = "returned_at")
    private OffsetDateTime returnedAt;

    @Column(name = "fee_order_code")
    private String feeOrderCode;

    private Short rating;

    @Column(name = "electronic_result")
    private boolean electronicResult;

    @Column(name = "result_signed")
    private boolean resultSigned;

    @Column(name = "digitised_parts")
    private int digitisedParts;

    @Column(name = "reused_parts")
    private int reusedParts;

    @Column(name = "fee_bearing")
    private boolean feeBearing;

    @Column(name = "fee_paid_at")
    private OffsetDateTime feePaidAt;

    @Column(name = "fee_paid_online")
    private Boolean feePaidOnline;

    private boolean generated;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Dossier() {}

    /** Who the dossier is for: a citizen (CCCD) or a business (tax code). */
    public record Owner(boolean business, String name, String idNumber, String phone, String email, String address) {}

    /** A new dossier, a draft until it is submitted (online) or recorded at the desk (in person). */
    public Dossier(
            Procedure procedure,
            long agencyId,
            long deskId,
            Channel channel,
            Owner owner,
            String applicantUsername,
            String summary,
            String formData,
            ResultDelivery resultDelivery,
            OffsetDateTime now) {
        this.procedure = procedure;
        this.procedureCode = procedure.getCode();
        this.agencyId = agencyId;
        this.deskId = deskId;
        this.currentAgencyId = deskId;
        this.currentRole = "OFFICER";
        this.status = DossierStatus.DRAFT;
        this.channel = channel;
        this.ownerKind = (short) (owner.business() ? 2 : 1);
        this.ownerName = owner.name();
        this.ownerFolded = vn.egov.kernel.api.helpers.VietnameseText.fold(owner.name());
        this.ownerIdNumber = owner.idNumber();
        this.ownerPhone = owner.phone();
        this.ownerEmail = owner.email();
        this.ownerAddress = owner.address();
        this.applicantUsername = applicantUsername;
        this.summary = summary;
        this.formData = formData == null ? "{}" : formData;
        this.resultDelivery = resultDelivery == null ? ResultDelivery.DESK : resultDelivery;
        this.feeBearing = procedure.getFeeTotal() > 0;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** One dossier's whole history, as the generated demo year gives it (marked generated). */
    public record History(
            String code,
            OffsetDateTime receivedAt,
            OffsetDateTime dueAt,
            int supplementRequests,
            long pausedMinutes,
            OffsetDateTime completedAt,
            OffsetDateTime returnedAt,
            boolean signedResult,
            int digitisedParts,
            int reusedParts,
            Boolean feePaidOnline,
            Short rating) {}

    /** A generated demo dossier: received, then processing, processed or returned as its history says. */
    public static Dossier generated(
            Procedure procedure, long agencyId, long deskId, Channel channel, Owner owner, String summary, History h) {
        Dossier d = new Dossier(
                procedure, agencyId, deskId, channel, owner, null, summary, "{}", ResultDelivery.DESK, h.receivedAt());
        d.generated = true;
        d.code = h.code();
        d.submittedAt = h.receivedAt();
        d.receivedAt = h.receivedAt();
        d.receivedBy = "demo";
        d.dueAt = h.dueAt();
        d.supplementRequests = h.supplementRequests();
        d.pausedMinutes = h.pausedMinutes();
        d.digitisedParts = h.digitisedParts();
        d.reusedParts = h.reusedParts();
        d.currentAgencyId = agencyId;
        if (h.feePaidOnline() != null) {
            d.feeSettled(h.receivedAt(), h.feePaidOnline());
        }
        if (h.completedAt() == null) {
            d.status = DossierStatus.PROCESSING;
            d.updatedAt = h.receivedAt();
            return d;
        }
        d.completedAt = h.completedAt();
        d.onTime = DossierClock.classify(h.completedAt(), h.dueAt());
        d.electronicResult = h.signedResult();
        d.resultSigned = h.signedResult();
        d.currentAgencyId = deskId;
        d.rating = h.rating();
        d.status = h.returnedAt() == null ? DossierStatus.PROCESSED : DossierStatus.RETURNED;
        d.returnedAt = h.returnedAt();
        d.updatedAt = h.returnedAt() == null ? h.completedAt() : h.returnedAt();
        return d;
    }

    private void check(DossierAction action) {
        if (!action.allowedFrom(status)) {
            throw new IllegalDossierStep(action, status);
        }
    }

    private void to(DossierStatus next, OffsetDateTime now) {
        this.status = next;
        this.updatedAt = now;
    }

    /** Changes a draft's own content (only while it is a draft or being completed). */
    public void revise(String summary, String formData, ResultDelivery delivery, OffsetDateTime now) {
        if (status != DossierStatus.DRAFT && status != DossierStatus.SUPPLEMENT_REQUESTED) {
            throw new IllegalDossierStep(DossierAction.SUBMIT, status);
        }
        this.summary = summary;
        this.formData = formData == null ? "{}" : formData;
        this.resultDelivery = delivery == null ? ResultDelivery.DESK : delivery;
        this.updatedAt = now;
    }

    /** Submitted (online) or recorded at the desk (in person): it takes its code. */
    public void submit(String code, OffsetDateTime now) {
        check(DossierAction.SUBMIT);
        this.code = code;
        this.submittedAt = now;
        to(DossierStatus.SUBMITTED, now);
    }

    /** The desk receives it: the legal clock starts and runs to {@code dueAt}. */
    public void receive(String officer, OffsetDateTime now, OffsetDateTime dueAt) {
        check(DossierAction.RECEIVE);
        this.receivedAt = now;
        this.receivedBy = officer;
        this.dueAt = dueAt;
        to(DossierStatus.RECEIVED, now);
    }

    /** Before receipt, the desk asks for the dossier to be completed (no clock runs yet). */
    public void askCompletion(OffsetDateTime now) {
        check(DossierAction.ASK_COMPLETION);
        to(DossierStatus.SUPPLEMENT_REQUESTED, now);
    }

    public void refuse(OffsetDateTime now) {
        check(DossierAction.REFUSE);
        this.completedAt = now;
        to(DossierStatus.REFUSED, now);
    }

    /** Hands it to an agency and role (and a person, or anyone holding the role there). */
    public void handOver(long toAgency, String toRole, String toUser, OffsetDateTime now) {
        check(DossierAction.HAND_OVER);
        this.currentAgencyId = toAgency;
        this.currentRole = toRole;
        this.currentAssignee = toUser;
        to(DossierStatus.PROCESSING, now);
    }

    /**
     * After receipt, the agency asks the citizen for more: the clock pauses. A second request on
     * the same dossier is counted ({@link #isSecondSupplement()}); the service index counts it late.
     */
    public void requestSupplement(OffsetDateTime now) {
        check(DossierAction.REQUEST_SUPPLEMENT);
        this.pausedAt = now;
        this.supplementRequests++;
        this.currentRole = "OFFICER";
        to(DossierStatus.SUPPLEMENT_REQUESTED, now);
    }

    /**
     * The citizen completes it. Before receipt it goes back to the desk; after receipt processing
     * resumes and the due time moves by the working time paused ({@code pausedWorkingMinutes}).
     */
    public void resubmit(OffsetDateTime now, long pausedWorkingMinutes, OffsetDateTime newDueAt) {
        check(DossierAction.RESUBMIT);
        if (receivedAt == null) {
            to(DossierStatus.SUBMITTED, now);
            return;
        }
        this.pausedMinutes += pausedWorkingMinutes;
        this.pausedAt = null;
        this.dueAt = newDueAt;
        to(DossierStatus.PROCESSING, now);
    }

    /** The agency asks the citizen to pay (a financial obligation): the clock pauses until he has. */
    public void requestFee(String orderCode, OffsetDateTime now) {
        check(DossierAction.REQUEST_FEE);
        this.feeOrderCode = orderCode;
        this.pausedAt = now;
        to(DossierStatus.FEE_REQUESTED, now);
    }

    /** The fee asked was paid: processing resumes, the due time moved by the working time paused. */
    public void feePaid(OffsetDateTime now, long pausedWorkingMinutes, OffsetDateTime newDueAt) {
        check(DossierAction.FEE_PAID);
        this.pausedMinutes += pausedWorkingMinutes;
        this.pausedAt = null;
        this.dueAt = newDueAt;
        to(DossierStatus.PROCESSING, now);
    }

    /** Keeps the fee order made for the dossier (before receipt, or at the desk). */
    public void feeOrdered(String orderCode, OffsetDateTime now) {
        this.feeOrderCode = orderCode;
        this.updatedAt = now;
    }

    public void submitForApproval(OffsetDateTime now) {
        check(DossierAction.SUBMIT_FOR_APPROVAL);
        this.currentRole = "LEADER";
        this.currentAssignee = null;
        to(DossierStatus.AWAITING_APPROVAL, now);
    }

    public void sendBack(OffsetDateTime now) {
        check(DossierAction.SEND_BACK);
        this.currentRole = "OFFICER";
        to(DossierStatus.PROCESSING, now);
    }

    /** The leader signed the result: processing ends, the result is electronic and signed, its on-time class is fixed. */
    public void resultSigned(OffsetDateTime now) {
        check(DossierAction.SIGN_RESULT);
        this.electronicResult = true;
        this.resultSigned = true;
        this.completedAt = now;
        this.onTime = DossierClock.classify(now, dueAt);
        this.currentAgencyId = deskId;
        this.currentRole = "OFFICER";
        this.currentAssignee = null;
        to(DossierStatus.PROCESSED, now);
    }

    public void resultReturned(OffsetDateTime now) {
        check(DossierAction.RETURN_RESULT);
        this.returnedAt = now;
        to(DossierStatus.RETURNED, now);
    }

    /** A later due date, only before the current one has passed (with the apology letter). */
    public void extend(OffsetDateTime newDueAt, OffsetDateTime now) {
        check(DossierAction.EXTEND);
        if (now.isAfter(dueAt)) {
            throw new IllegalDossierStep("refusal.extendAfterDue");
        }
        if (!newDueAt.isAfter(dueAt)) {
            throw new IllegalDossierStep("refusal.extendNotLater");
        }
        this.dueAt = newDueAt;
        this.extended = true;
        this.updatedAt = now;
    }

    public void requestWithdrawal(OffsetDateTime now) {
        check(DossierAction.REQUEST_WITHDRAWAL);
        to(DossierStatus.WITHDRAWAL_REQUESTED, now);
    }

    public void acceptWithdrawal(OffsetDateTime now) {
        check(DossierAction.ACCEPT_WITHDRAWAL);
        this.completedAt = now;
        to(DossierStatus.STOPPED, now);
    }

    public void stop(OffsetDateTime now) {
        check(DossierAction.STOP);
        this.completedAt = now;
        to(DossierStatus.STOPPED, now);
    }

    public void rate(int stars, OffsetDateTime now) {
        check(DossierAction.RATE);
        if (stars < 1 || stars > 5) {
            throw new IllegalDossierStep("refusal.rating");
        }
        this.rating = (short) stars;
        this.updatedAt = now;
    }

    /** A component was added: counted when the desk digitised it or it was reused from an earlier dossier. */
    public void componentAdded(boolean digitised, boolean reused) {
        if (digitised) {
            digitisedParts++;
        }
        if (reused) {
            reusedParts++;
        }
    }

    /** Its fee order was paid (online through the gateway, or at the counter), as payments' facts tell. */
    public void feeSettled(OffsetDateTime at, boolean online) {
        this.feePaidAt = at;
        this.feePaidOnline = online;
    }

    /** A second (or later) supplement request was made after receipt. */
    public boolean isSecondSupplement() {
        return supplementRequests >= 2;
    }

    public boolean isPaused() {
        return pausedAt != null;
    }

    public boolean isBusiness() {
        return ownerKind == 2;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Procedure getProcedure() {
        return procedure;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public long getDeskId() {
        return deskId;
    }

    public long getCurrentAgencyId() {
        return currentAgencyId;
    }

    public String getCurrentRole() {
        return currentRole;
    }

    public String getCurrentAssignee() {
        return currentAssignee;
    }

    public DossierStatus getStatus() {
        return status;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public String getOwnerIdNumber() {
        return ownerIdNumber;
    }

    public String getOwnerPhone() {
        return ownerPhone;
    }

    public String getOwnerEmail() {
        return ownerEmail;
    }

    public String getOwnerAddress() {
        return ownerAddress;
    }

    public String getApplicantUsername() {
        return applicantUsername;
    }

    public String getSummary() {
        return summary;
    }

    public String getFormData() {
        return formData;
    }

    public ResultDelivery getResultDelivery() {
        return resultDelivery;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public OffsetDateTime getDueAt() {
        return dueAt;
    }

    public OffsetDateTime getPausedAt() {
        return pausedAt;
    }

    public long getPausedMinutes() {
        return pausedMinutes;
    }

    public int getSupplementRequests() {
        return supplementRequests;
    }

    public boolean isExtended() {
        return extended;
    }

    public OffsetDateTime getCompletedAt() {
        return completedAt;
    }

    public OnTimeClass getOnTime() {
        return onTime;
    }

    public OffsetDateTime getReturnedAt() {
        return returnedAt;
    }

    public String getFeeOrderCode() {
        return feeOrderCode;
    }

    public Short getRating() {
        return rating;
    }

    public boolean isElectronicResult() {
        return electronicResult;
    }

    public boolean isResultSigned() {
        return resultSigned;
    }

    public int getDigitisedParts() {
        return digitisedParts;
    }

    public int getReusedParts() {
        return reusedParts;
    }

    public boolean isFeeBearing() {
        return feeBearing;
    }

    public OffsetDateTime getFeePaidAt() {
        return feePaidAt;
    }

    public Boolean getFeePaidOnline() {
        return feePaidOnline;
    }

    /** Generated demo data (the embedded default's year of dossiers), never a citizen's. */
    public boolean isGenerated() {
        return generated;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
