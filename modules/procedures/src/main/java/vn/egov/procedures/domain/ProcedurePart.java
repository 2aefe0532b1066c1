package vn.egov.procedures.domain;

import jakarta.persistence.Column;
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

/**
 * One part of a procedure version: a required component (thành phần hồ sơ), a fee line, a form
 * field the citizen fills in, or a processing step. Parts never change: a new version has its own.
 */
@Entity
@Table(name = "procedure_part", schema = "procedures")
public class ProcedurePart {
    @Id
    @SequenceGenerator(name = "part_seq", schema = "procedures", sequenceName = "part_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "part_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "procedure_id")
    private Procedure procedure;

    @Enumerated(EnumType.STRING)
    private PartKind kind;

    private int position;
    private String name;
    private int originals;
    private int certified;
    private int copies;

    @Column(name = "template_name")
    private String templateName;

    private boolean reusable;
    private boolean required;

    @Column(name = "fee_code")
    private String feeCode;

    @Column(name = "fee_kind")
    private String feeKind;

    private Long amount;

    @Column(name = "field_key")
    private String fieldKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "input_type")
    private InputType inputType;

    private String role;

    @Column(name = "agency_code")
    private String agencyCode;

    @Column(name = "share_percent")
    private Integer sharePercent;

    protected ProcedurePart() {}

    private ProcedurePart(PartKind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    public static ProcedurePart component(
            String name,
            int originals,
            int certified,
            int copies,
            String templateName,
            boolean reusable,
            boolean required) {
        ProcedurePart p = new ProcedurePart(PartKind.COMPONENT, name);
        p.originals = originals;
        p.certified = certified;
        p.copies = copies;
        p.templateName = templateName;
        p.reusable = reusable;
        p.required = required;
        return p;
    }

    public static ProcedurePart fee(String feeCode, String name, String feeKind, long amount) {
        ProcedurePart p = new ProcedurePart(PartKind.FEE, name);
        p.feeCode = feeCode;
        p.feeKind = feeKind;
        p.amount = amount;
        return p;
    }

    public static ProcedurePart field(String key, String label, InputType type, boolean required) {
        ProcedurePart p = new ProcedurePart(PartKind.FIELD, label);
        p.fieldKey = key;
        p.inputType = type;
        p.required = required;
        return p;
    }

    public static ProcedurePart step(String name, String role, String agencyCode, int sharePercent) {
        ProcedurePart p = new ProcedurePart(PartKind.STEP, name);
        p.role = role;
        p.agencyCode = agencyCode;
        p.sharePercent = sharePercent;
        return p;
    }

    void attach(Procedure procedure, int position) {
        this.procedure = procedure;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public PartKind getKind() {
        return kind;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public int getOriginals() {
        return originals;
    }

    public int getCertified() {
        return certified;
    }

    public int getCopies() {
        return copies;
    }

    public String getTemplateName() {
        return templateName;
    }

    public boolean isReusable() {
        return reusable;
    }

    public boolean isRequired() {
        return required;
    }

    public String getFeeCode() {
        return feeCode;
    }

    public String getFeeKind() {
        return feeKind;
    }

    public Long getAmount() {
        return amount;
    }

    public String getFieldKey() {
        return fieldKey;
    }

    public InputType getInputType() {
        return inputType;
    }

    public String getRole() {
        return role;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public Integer getSharePercent() {
        return sharePercent;
    }
}
