package vn.egov.feedback.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.HolderSecrets;
import vn.egov.kernel.api.helpers.VietnameseText;

/**
 * A citizen's report (phản ánh, kiến nghị): the aggregate root of the feedback module. Every
 * change goes through a method here that checks the procedure's order ({@link ReportStatus})
 * and writes a line on the timeline; the version column turns concurrent edits into conflicts.
 */
@Entity
@Table(name = "report", schema = "feedback")
@NamedNativeQuery(
        name = FeedbackReport.RECENT_FROM,
        query = "select 'account', s.source, (select count(*) from"
                + " (select 1 from feedback.report r where r.citizen_username = s.source and r.received_at > ?3 limit ?4) recent)"
                + " from jsonb_array_elements_text(cast(?1 as jsonb)) as s(source)"
                + " union all select 'address', s.source, (select count(*) from (select 1 from feedback.report r where"
                + " r.source_address = s.source and r.citizen_username is null and r.partner is null and r.received_at > ?3 limit ?4) recent)"
                + " from jsonb_array_elements_text(cast(?2 as jsonb)) as s(source)"
                + " union all select 'partner', s.source, (select count(*) from"
                + " (select 1 from feedback.report r where r.partner = s.source and r.received_at > ?3 limit ?5) recent)"
                + " from jsonb_array_elements_text(cast(?6 as jsonb)) as s(source)")
public class FeedbackReport {
    /**
     * Reports from each of several accounts, anonymous senders' addresses and Open311 partners since
     * a time, each counted up to a limit. Parameters: the accounts and the addresses as JSON arrays
     * of strings, since, limit, the partners' limit, the partners as a JSON array. Rows: "account",
     * "address" or "partner", the account, address or partner label, the count.
     */
    public static final String RECENT_FROM = "FeedbackReport.recentFrom";

    /** In blocks of 50 (see the migration that set the sequence's increment). */
    @Id
    @SequenceGenerator(name = "report_id", schema = "feedback", sequenceName = "report_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_id")
    private Long id;

    @Column(name = "tracking_code")
    private String trackingCode;

    @Column(name = "category_id")
    private Long categoryId;

    private String title;
    private String description;
    private String address;

    @Column(name = "commune_id")
    private Long communeId;

    private Double latitude;
    private Double longitude;
    private boolean anonymous;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "citizen_username")
    private String citizenUsername;

    @Column(name = "consent_publish")
    private boolean consentToPublish;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Column(name = "source_address")
    private String sourceAddress;
    /** For a report from an Open311 partner, the label of its api_key (never the key). */
    private String partner;

    @Enumerated(EnumType.STRING)
    private ReportStatus status;

    @Column(name = "held_reason")
    private String heldReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_kind")
    private RejectionKind rejectionKind;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "agency_id")
    private Long agencyId;

    @Column(name = "officer_username")
    private String officerUsername;

    @Column(name = "received_at")
    private OffsetDateTime receivedAt;

    private LocalDate deadline;
    private String answer;

    @Column(name = "answer_by")
    private String answerBy;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Enumerated(EnumType.STRING)
    private Rating rating;

    @Column(name = "rated_at")
    private OffsetDateTime ratedAt;

    @Column(name = "reopen_count")
    private int reopenCount;

    private boolean hidden;

    @Column(name = "public_description")
    private String publicDescription;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "escalated_at")
    private OffsetDateTime escalatedAt;

    @Column(name = "search_text")
    private String searchText;
    /** SHA-256 of the sender key; null for reports stored before keys were given. */
    @Column(name = "sender_key_hash")
    private String senderKeyHash;
    /** The sender key just issued, known only in the request that stored the report. */
    @Transient
    private transient String issuedSenderKey;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_photo", schema = "feedback", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    @Column(name = "attachment_id")
    private List<String> photoIds = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("at, id")
    private List<ReportEvent> timeline = new ArrayList<>();

    protected FeedbackReport() {}

    /**
     * A new report from a checked draft. It starts HELD when screening found reasons (given),
     * RECEIVED otherwise.
     */
    public FeedbackReport(
            ReportDraft draft,
            Long categoryId,
            String trackingCode,
            Channel channel,
            String citizenUsername,
            String sourceAddress,
            OffsetDateTime now,
            List<String> heldReasons) {
        this.trackingCode = trackingCode;
        this.categoryId = categoryId;
        this.title = draft.title().strip();
        this.description = draft.description().strip();
        this.address =
                ReportDraft.blank(draft.address()) ? null : draft.address().strip();
        this.communeId = draft.communeId();
        this.latitude = draft.latitude();
        this.longitude = draft.longitude();
        this.anonymous = draft.anonymous();
        this.contactName = draft.anonymous() || ReportDraft.blank(draft.contactName())
                ? null
                : draft.contactName().strip();
        this.contactPhone = draft.normalisedPhone();
        this.contactEmail = ReportDraft.blank(draft.contactEmail())
                ? null
                : draft.contactEmail().strip();
        this.citizenUsername = citizenUsername;
        this.consentToPublish = draft.consentToPublish();
        this.channel = channel;
        this.sourceAddress = sourceAddress;
        this.receivedAt = now;
        draft.photoIds().forEach(photo -> this.photoIds.add(photo.toString()));
        this.searchText = VietnameseText.fold(title + " " + description + " " + (address == null ? "" : address));
        if (heldReasons.isEmpty()) {
            this.status = ReportStatus.RECEIVED;
            log(now, actorName(), "SUBMITTED", null, ReportStatus.RECEIVED, null, false);
        } else {
            this.status = ReportStatus.HELD;
            this.heldReason = String.join("; ", heldReasons);
            if (heldReason.length() > 500) {
                heldReason = heldReason.substring(0, 500);
            }
            log(now, actorName(), "SUBMITTED", null, ReportStatus.RECEIVED, null, false);
            log(now, "system", "HELD", ReportStatus.RECEIVED, ReportStatus.HELD, heldReason, true);
        }
    }

    private String actorName() {
        return citizenUsername != null ? citizenUsername : "citizen";
    }

    /** Moves to {@code target} if the procedure allows it, and writes the step on the timeline. */
    void move(ReportStatus target, OffsetDateTime now, String actor, String kind, String note, boolean internal) {
        if (!status.canMoveTo(target)) {
            throw new IllegalStep("refusal.illegalStep", trackingCode, status, target);
        }
        ReportStatus from = status;
        status = target;
        log(now, actor, kind, from, target, note, internal);
    }

    void log(
            OffsetDateTime now,
            String actor,
            String kind,
            ReportStatus from,
            ReportStatus to,
            String note,
            boolean internal) {
        timeline.add(new ReportEvent(this, now, actor, kind, from, to, note, internal));
    }

    public void release(String moderator, OffsetDateTime now) {
        move(ReportStatus.RECEIVED, now, moderator, "RELEASED", heldReason, true);
    }

    /** Screened and accepted: routed to an agency, to be handled by the deadline. */
    public void accept(String officer, Long routedAgencyId, LocalDate deadline, OffsetDateTime now) {
        move(ReportStatus.ACCEPTED, now, officer, "ACCEPTED", null, false);
        this.agencyId = routedAgencyId;
        this.deadline = deadline;
    }

    public void reject(String officer, RejectionKind kind, String reason, OffsetDateTime now) {
        if (ReportDraft.blank(reason)) {
            throw FieldErrors.of("text", ReportDraft.text("refusal.rejectionReason"));
        }
        move(ReportStatus.REJECTED, now, officer, "REJECTED_" + kind, reason.strip(), false);
        this.rejectionKind = kind;
        this.rejectionReason = reason.strip();
    }

    public void assign(String by, String officer, OffsetDateTime now) {
        if (agencyId == null) {
            throw new IllegalStep("refusal.noAgency");
        }
        move(ReportStatus.ASSIGNED, now, by, "ASSIGNED", officer, false);
        this.officerUsername = officer;
    }

    /** Sends the report to another agency, which assigns its own officer. */
    public void transfer(String by, Long toAgencyId, String reason, OffsetDateTime now) {
        if (toAgencyId == null || toAgencyId.equals(agencyId)) {
            throw FieldErrors.of("transferTo", ReportDraft.text("refusal.transferSame"));
        }
        move(ReportStatus.ACCEPTED, now, by, "TRANSFERRED", reason, false);
        this.agencyId = toAgencyId;
        this.officerUsername = null;
    }

    public void start(String officer, OffsetDateTime now) {
        move(ReportStatus.IN_PROGRESS, now, officer, "STARTED", null, false);
    }

    public void draftAnswer(String officer, String text, OffsetDateTime now) {
        if (ReportDraft.blank(text) || text.strip().length() < 20 || text.length() > 10000) {
            throw FieldErrors.of("text", ReportDraft.text("refusal.answerLength", 20, 10000));
        }
        move(ReportStatus.ANSWER_DRAFTED, now, officer, "ANSWER_DRAFTED", null, true);
        this.answer = text.strip();
        this.answerBy = officer;
    }

    public void approve(String leader, OffsetDateTime now) {
        move(ReportStatus.APPROVED, now, leader, "APPROVED", null, true);
        this.approvedBy = leader;
    }

    public void sendBack(String leader, String reason, OffsetDateTime now) {
        move(ReportStatus.IN_PROGRESS, now, leader, "SENT_BACK", reason, true);
    }

    public void publish(String by, OffsetDateTime now) {
        move(ReportStatus.PUBLISHED, now, by, "PUBLISHED", null, false);
        this.publishedAt = now;
    }

    public void close(String by, OffsetDateTime now) {
        move(ReportStatus.CLOSED, now, by, "CLOSED", null, false);
        this.closedAt = now;
    }

    /** The citizen is not content with the answer: back to the officer, with a fresh deadline. */
    public void reopen(String by, String reason, LocalDate newDeadline, OffsetDateTime now) {
        if (ReportDraft.blank(reason)) {
            throw FieldErrors.of("reopenReason", ReportDraft.text("refusal.reopenReason"));
        }
        move(ReportStatus.IN_PROGRESS, now, by, "REOPENED", reason.strip(), false);
        this.reopenCount++;
        this.deadline = newDeadline;
        this.escalatedAt = null;
        this.closedAt = null;
        this.rating = null;
        this.ratedAt = null;
    }

    /**
     * Makes a new secret that proves its holder sent this report (sent to him alone, with the
     * acknowledgement), keeps its hash, and returns it: the only time the key itself is known.
     */
    public String issueSenderKey() {
        HolderSecrets.Issued key = HolderSecrets.issue();
        this.senderKeyHash = key.hash();
        this.issuedSenderKey = key.secret();
        return key.secret();
    }

    /**
     * Whether the caller is this report's sender: the account it was sent from, or the holder of
     * its sender key. Knowing the tracking code, which is public, proves nothing.
     */
    /** Records that an Open311 partner sent the report: the label of its key, by which its floods are counted. */
    public void sentThroughPartner(String partnerLabel) {
        this.partner = partnerLabel;
    }

    /** The sender key issued in this request (for the acknowledgement and the answer to the sender), else null. */
    public String getIssuedSenderKey() {
        return issuedSenderKey;
    }

    public boolean sentBy(String username, String senderKey) {
        if (citizenUsername != null && citizenUsername.equals(username)) {
            return true;
        }
        return HolderSecrets.matches(senderKeyHash, senderKey);
    }

    public void rate(Rating verdict, OffsetDateTime now) {
        if (!status.answered()) {
            throw new IllegalStep("refusal.rateUnanswered");
        }
        if (rating != null) {
            throw new IllegalStep("refusal.rated");
        }
        this.rating = verdict;
        this.ratedAt = now;
        log(now, actorName(), "RATED_" + verdict, status, status, null, false);
    }

    public void mergeInto(FeedbackReport target, String by, OffsetDateTime now) {
        if (target.id != null && target.id.equals(id)
                || target.status == ReportStatus.MERGED
                || target.status == ReportStatus.REJECTED) {
            throw FieldErrors.of("mergeInto", ReportDraft.text("refusal.merge", target.trackingCode));
        }
        move(ReportStatus.MERGED, now, by, "MERGED", target.trackingCode, false);
        this.mergedIntoId = target.id;
        target.log(now, by, "MERGED_IN", target.status, target.status, trackingCode, true);
    }

    public void addNote(String by, String text, OffsetDateTime now) {
        if (ReportDraft.blank(text) || text.length() > 4000) {
            throw FieldErrors.of("text", ReportDraft.text("refusal.noteLength", 1, 4000));
        }
        log(now, by, "NOTE", status, status, text.strip(), true);
    }

    /** The text shown in public instead of the citizen's own words (personal data removed). */
    public void redact(String by, String publicText, OffsetDateTime now) {
        if (ReportDraft.blank(publicText)) {
            throw FieldErrors.of("text", ReportDraft.text("refusal.publicText"));
        }
        this.publicDescription = publicText.strip();
        log(now, by, "REDACTED", status, status, null, true);
    }

    public void setHidden(String by, boolean hide, String reason, OffsetDateTime now) {
        this.hidden = hide;
        log(now, by, hide ? "HIDDEN" : "SHOWN", status, status, reason, true);
    }

    public void markEscalated(OffsetDateTime now) {
        this.escalatedAt = now;
        log(now, "system", "ESCALATED", status, status, "Quá hạn xử lý, đã báo lãnh đạo cơ quan.", true);
    }

    /** Overdue: still being handled after its deadline day. */
    public boolean overdueOn(LocalDate today) {
        return status.open() && deadline != null && today.isAfter(deadline);
    }

    /** Whether the public list may show it: answered, consented, not hidden. */
    public boolean publiclyVisible() {
        return status.answered() && consentToPublish && !hidden;
    }

    /** The description shown in public: the redacted text if there is one. */
    public String shownDescription() {
        return publicDescription != null ? publicDescription : description;
    }

    public Long getId() {
        return id;
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getAddress() {
        return address;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getCitizenUsername() {
        return citizenUsername;
    }

    public boolean isConsentToPublish() {
        return consentToPublish;
    }

    public Channel getChannel() {
        return channel;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getHeldReason() {
        return heldReason;
    }

    public RejectionKind getRejectionKind() {
        return rejectionKind;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public String getOfficerUsername() {
        return officerUsername;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnswerBy() {
        return answerBy;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public Rating getRating() {
        return rating;
    }

    public int getReopenCount() {
        return reopenCount;
    }

    public boolean isHidden() {
        return hidden;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public OffsetDateTime getEscalatedAt() {
        return escalatedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<UUID> getPhotoIds() {
        return photoIds.stream().map(UUID::fromString).toList();
    }

    public List<ReportEvent> getTimeline() {
        return List.copyOf(timeline);
    }
}
