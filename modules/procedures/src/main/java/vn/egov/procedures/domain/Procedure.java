package vn.egov.procedures.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.egov.kernel.api.helpers.VietnameseText;

/**
 * One version of an administrative procedure (thủ tục hành chính), in force from its effective
 * date until the next version's. A dossier keeps the version it was submitted under, so a change
 * to the catalogue never alters dossiers already received.
 */
@Entity
@Table(name = "procedure_version", schema = "procedures")
public class Procedure {
    @Id
    @SequenceGenerator(
            name = "procedure_seq",
            schema = "procedures",
            sequenceName = "procedure_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "procedure_seq")
    private Long id;

    private String code;
    private String name;

    @Column(name = "field_code")
    private String fieldCode;

    @Column(name = "field_name")
    private String fieldName;

    @Enumerated(EnumType.STRING)
    private Tier tier;

    @Enumerated(EnumType.STRING)
    @Column(name = "online_level")
    private OnlineLevel onlineLevel;

    @Column(name = "deadline_amount")
    private int deadlineAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_unit")
    private DeadlineUnit deadlineUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_timing")
    private FeeTiming feeTiming;

    @Column(name = "result_kind")
    private String resultKind;

    @Column(name = "legal_basis")
    private String legalBasis;

    @Column(name = "where_to_submit")
    private String whereToSubmit;

    /** Whether the result is also issued as a copy sealed by the deciding agency. */
    @Column(name = "sealed_copy")
    private boolean sealedCopy;

    @Column(name = "search_text")
    private String searchText;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "procedure_agency", schema = "procedures", joinColumns = @JoinColumn(name = "procedure_id"))
    @OrderColumn(name = "position")
    @Column(name = "agency_id")
    private List<Long> agencyIds = new ArrayList<>();

    @OneToMany(mappedBy = "procedure", cascade = CascadeType.PERSIST)
    @OrderBy("kind, position")
    private List<ProcedurePart> parts = new ArrayList<>();

    protected Procedure() {}

    /** The facts of a version as an admin or the CSV import gives them. */
    public record Facts(
            String code,
            String name,
            String fieldCode,
            String fieldName,
            Tier tier,
            OnlineLevel onlineLevel,
            int deadlineAmount,
            DeadlineUnit deadlineUnit,
            FeeTiming feeTiming,
            String resultKind,
            String legalBasis,
            String whereToSubmit,
            boolean sealedCopy) {}

    public Procedure(
            Facts facts,
            List<Long> agencyIds,
            List<ProcedurePart> parts,
            LocalDate effectiveFrom,
            OffsetDateTime now,
            String by) {
        this.code = facts.code();
        this.name = facts.name();
        this.fieldCode = facts.fieldCode();
        this.fieldName = facts.fieldName();
        this.tier = facts.tier();
        this.onlineLevel = facts.onlineLevel();
        this.deadlineAmount = facts.deadlineAmount();
        this.deadlineUnit = facts.deadlineUnit();
        this.feeTiming = facts.feeTiming();
        this.resultKind = facts.resultKind();
        this.legalBasis = facts.legalBasis();
        this.whereToSubmit = facts.whereToSubmit();
        this.sealedCopy = facts.sealedCopy();
        this.searchText = VietnameseText.fold(code + " " + name + " " + fieldName);
        this.agencyIds = new ArrayList<>(agencyIds);
        this.effectiveFrom = effectiveFrom;
        this.createdAt = now;
        this.createdBy = by;
        int[] positions = new int[PartKind.values().length];
        for (ProcedurePart part : parts) {
            part.attach(this, ++positions[part.getKind().ordinal()]);
            this.parts.add(part);
        }
    }

    /** Ends this version the day before its successor takes effect. */
    public void endBefore(LocalDate successorFrom) {
        if (!successorFrom.isAfter(effectiveFrom)) {
            throw new IllegalDossierStep("refusal.catalogue.effectiveTooEarly", effectiveFrom.toString());
        }
        this.effectiveTo = successorFrom.minusDays(1);
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    public List<ProcedurePart> parts(PartKind kind) {
        return parts.stream().filter(p -> p.getKind() == kind).toList();
    }

    public List<ProcedurePart> getComponents() {
        return parts(PartKind.COMPONENT);
    }

    public List<ProcedurePart> getFees() {
        return parts(PartKind.FEE);
    }

    public List<ProcedurePart> getFields() {
        return parts(PartKind.FIELD);
    }

    public List<ProcedurePart> getSteps() {
        return parts(PartKind.STEP);
    }

    /** The total of its fee lines in VND, 0 when free. */
    public long getFeeTotal() {
        return getFees().stream()
                .mapToLong(p -> p.getAmount() == null ? 0 : p.getAmount())
                .sum();
    }

    public boolean isOnline() {
        return onlineLevel != OnlineLevel.NONE;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getFieldCode() {
        return fieldCode;
    }

    public String getFieldName() {
        return fieldName;
    }

    public Tier getTier() {
        return tier;
    }

    public OnlineLevel getOnlineLevel() {
        return onlineLevel;
    }

    public int getDeadlineAmount() {
        return deadlineAmount;
    }

    public DeadlineUnit getDeadlineUnit() {
        return deadlineUnit;
    }

    public FeeTiming getFeeTiming() {
        return feeTiming;
    }

    public String getResultKind() {
        return resultKind;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public boolean isSealedCopy() {
        return sealedCopy;
    }

    /** The facts of this version, for an admin to edit into the next one. */
    public Facts facts() {
        return new Facts(
                code,
                name,
                fieldCode,
                fieldName,
                tier,
                onlineLevel,
                deadlineAmount,
                deadlineUnit,
                feeTiming,
                resultKind,
                legalBasis,
                whereToSubmit,
                sealedCopy);
    }

    public String getWhereToSubmit() {
        return whereToSubmit;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public List<Long> getAgencyIds() {
        return List.copyOf(agencyIds);
    }

    public long getVersion() {
        return version;
    }
}
