package vn.egov.procedures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.egov.kernel.api.Accounts;
import vn.egov.kernel.api.Attachments;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.ReferenceNumbers;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.api.helpers.Cccd;
import vn.egov.kernel.api.helpers.InputText;
import vn.egov.kernel.api.helpers.VietnameseDates;
import vn.egov.payments.api.CaseReference;
import vn.egov.payments.api.FeeOrders;
import vn.egov.procedures.domain.Channel;
import vn.egov.procedures.domain.Desk;
import vn.egov.procedures.domain.Dossier;
import vn.egov.procedures.domain.DossierAction;
import vn.egov.procedures.domain.DossierCode;
import vn.egov.procedures.domain.DossierPart;
import vn.egov.procedures.domain.DossierStatus;
import vn.egov.procedures.domain.FeeTiming;
import vn.egov.procedures.domain.InputType;
import vn.egov.procedures.domain.OnlineLevel;
import vn.egov.procedures.domain.Procedure;
import vn.egov.procedures.domain.ProcedurePart;
import vn.egov.procedures.domain.ResultDelivery;

/**
 * How dossiers come in: a signed-in citizen's draft, its components and its submission; a walk-in
 * dossier recorded at the one-stop desk (components scanned there); the citizen's completion after a
 * request, his withdrawal request and his rating. A submitted dossier takes its code from the kernel's
 * numbering (per receiving unit and day); a fee due before receipt becomes a fee order at once.
 */
@ApplicationScoped
public class DossierIntake {
    /** Looked up once: {@code Json.create…} looks the provider up through the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    public static final String MODULE = "procedures";

    @PersistenceContext(unitName = "procedures")
    EntityManager em;

    @Inject
    SubmissionSlips slips;

    @Inject
    Clock clock;

    @Inject
    Accounts accounts;

    @Inject
    Catalogue catalogue;

    @Inject
    Desks desks;

    @Inject
    DossierAccess access;

    @Inject
    DossierJournal journal;

    @Inject
    DossierClocks clocks;

    @Inject
    ReferenceNumbers numbers;

    @Inject
    Attachments attachments;

    @Inject
    FeeOrders feeOrders;

    /** What the citizen (or the desk for him) fills in; {@code fields} by the procedure's field keys. */
    public record DossierForm(
            String procedureCode,
            Long agencyId,
            String summary,
            Map<String, String> fields,
            ResultDelivery delivery,
            String phone,
            String email,
            String address) {}

    /** Who a walk-in dossier is for, as the desk records him. */
    public record WalkInOwner(
            boolean business, String name, String idNumber, String phone, String email, String address) {}

    /** Saves a citizen's draft (new when {@code dossierId} is null); nothing is checked but the lengths. */
    @Transactional
    public Dossier saveDraft(String username, Long dossierId, DossierForm form) {
        if (username == null) {
            throw ProceduresRefusal.signInFirst();
        }
        Procedure procedure = catalogue
                .current(form.procedureCode())
                .orElseThrow(() -> ProceduresRefusal.notFound("refusal.procedureNotFound"));
        if (procedure.getOnlineLevel() == OnlineLevel.NONE) {
            throw ProceduresRefusal.conflict("refusal.notOnline");
        }
        long agency = agencyOf(procedure, form.agencyId());
        String summary = text("summary", form.summary(), 1000);
        String data = formData(procedure, form.fields(), false);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (dossierId == null) {
            var account = accounts.find(username).orElseThrow(ProceduresRefusal::signInFirst);
            Desk desk = desks.of(agency);
            Dossier d = new Dossier(
                    procedure,
                    agency,
                    desk.getDeskId(),
                    Channel.ONLINE,
                    new Dossier.Owner(
                            false,
                            account.displayName(),
                            account.cccd() == null ? "" : account.cccd(),
                            text("phone", form.phone(), 20),
                            text("email", form.email() == null ? account.email() : form.email(), 254),
                            text("address", form.address(), 300)),
                    username,
                    summary == null ? "" : summary,
                    data,
                    form.delivery(),
                    now);
            em.persist(d);
            return d;
        }
        Dossier d = own(username, dossierId);
        d.revise(summary == null ? "" : summary, data, form.delivery(), now);
        return d;
    }

    /**
     * Adds a component file (uploaded through the kernel's attachments by the same person) to a
     * draft, to a dossier being completed, or at the desk (then flagged as digitised: who and when).
     */
    @Transactional
    public DossierPart attach(String actor, long dossierId, int componentPosition, UUID attachmentId) {
        Dossier d = em.find(Dossier.class, dossierId, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw ProceduresRefusal.notFound("refusal.dossierNotFound");
        }
        boolean desk = !access.isApplicant(actor, d);
        if (desk) {
            access.requireRole(actor, d.getDeskId(), Role.OFFICER);
        }
        // the citizen adds to his draft or to a dossier asked for more; the desk scans what is brought in person
        DossierStatus status = d.getStatus();
        boolean open = status == DossierStatus.SUPPLEMENT_REQUESTED
                || (desk ? status == DossierStatus.SUBMITTED : status == DossierStatus.DRAFT);
        if (!open) {
            throw ProceduresRefusal.conflict("refusal.componentsClosed");
        }
        ProcedurePart component = d.getProcedure().getComponents().stream()
                .filter(c -> c.getPosition() == componentPosition)
                .findFirst()
                .orElseThrow(() -> ProceduresRefusal.invalid("component", "refusal.componentUnknown"));
        String uploader = attachments.currentUploader();
        attachments.claim(List.of(attachmentId), uploader, "procedures.dossier:" + dossierId);
        var file = attachments.find(attachmentId).orElseThrow();
        OffsetDateTime now = OffsetDateTime.now(clock);
        DossierPart part = DossierPart.component(
                dossierId,
                component.getPosition(),
                component.getName(),
                attachmentId,
                file.fileName(),
                file.sha256(),
                now,
                uploader);
        if (desk) {
            part.digitised(actor, now);
        }
        d.componentAdded(desk, false);
        em.persist(part);
        return part;
    }

    /**
     * Reuses a component of one of the citizen's earlier dossiers (a component the procedure marks as
     * reusable), without uploading it again.
     */
    @Transactional
    public DossierPart reuse(String actor, long dossierId, int componentPosition, long earlierPartId) {
        Dossier d = own(actor, dossierId);
        if (d.getStatus() != DossierStatus.DRAFT && d.getStatus() != DossierStatus.SUPPLEMENT_REQUESTED) {
            throw ProceduresRefusal.conflict("refusal.componentsClosed");
        }
        ProcedurePart component = d.getProcedure().getComponents().stream()
                .filter(c -> c.getPosition() == componentPosition && c.isReusable())
                .findFirst()
                .orElseThrow(() -> ProceduresRefusal.invalid("component", "refusal.componentNotReusable"));
        DossierPart earlier = em.find(DossierPart.class, earlierPartId);
        Dossier from = earlier == null ? null : em.find(Dossier.class, earlier.getDossierId());
        if (from == null || !DossierPart.COMPONENT.equals(earlier.getKind()) || !access.isApplicant(actor, from)) {
            throw ProceduresRefusal.notFound("refusal.componentNotFound");
        }
        DossierPart part = DossierPart.component(
                dossierId,
                component.getPosition(),
                component.getName(),
                earlier.getAttachmentId(),
                earlier.getFileName(),
                earlier.getSha256(),
                OffsetDateTime.now(clock),
                actor);
        part.reusedFrom(earlier.getId());
        d.componentAdded(false, true);
        em.persist(part);
        return part;
    }

    /**
     * A whole online submission at once (the REST API): the draft, its components (files the citizen
     * uploaded through the kernel's attachments, by component position) and its submission, all or nothing.
     */
    @Transactional
    public Dossier submitNow(String actor, DossierForm form, Map<Integer, List<UUID>> components) {
        Dossier d = saveDraft(actor, null, form);
        em.flush();
        if (components != null) {
            for (Map.Entry<Integer, List<UUID>> c : components.entrySet()) {
                for (UUID file : c.getValue()) {
                    attach(actor, d.getId(), c.getKey(), file);
                }
            }
        }
        return submit(actor, d.getId());
    }

    /** Sends the citizen's draft to the desk: every field and required component is checked first. */
    @Transactional
    public Dossier submit(String actor, long dossierId) {
        Dossier d = own(actor, dossierId);
        if (d.getStatus() != DossierStatus.DRAFT) {
            throw new vn.egov.procedures.domain.IllegalDossierStep(DossierAction.SUBMIT, d.getStatus());
        }
        summary(d.getSummary());
        checkComplete(d);
        d.submit(nextCode(d.getDeskId()), OffsetDateTime.now(clock));
        if (d.getProcedure().getFeeTiming() == FeeTiming.BEFORE) {
            orderFee(d);
        }
        em.flush();
        slips.await(d);
        journal.record(d, DossierAction.SUBMIT, null, actor, null);
        return d;
    }

    /**
     * The desk records a dossier brought in person: the owner found by his CCCD (or as typed), the
     * form as for an online dossier. It is submitted at once (it takes its code); its components are
     * then scanned with {@link #attach} and it is received, sent for completion or refused.
     */
    @Transactional
    public Dossier walkIn(String actor, WalkInOwner owner, DossierForm form, Channel channel) {
        Procedure procedure = catalogue
                .current(form.procedureCode())
                .orElseThrow(() -> ProceduresRefusal.notFound("refusal.procedureNotFound"));
        long agency = agencyOf(procedure, form.agencyId());
        Desk desk = desks.of(agency);
        access.requireRole(actor, desk.getDeskId(), Role.OFFICER);
        Map<String, Message> errors = new HashMap<>();
        if (owner.name() == null || owner.name().isBlank() || owner.name().length() > 200) {
            errors.put("ownerName", Message.of(ProceduresModule.BUNDLE, "refusal.ownerName"));
        }
        String id = owner.idNumber() == null ? "" : owner.idNumber().strip();
        if (owner.business()
                ? !id.matches("\\d{10}(-\\d{3})?")
                : Cccd.problemWith(id).isPresent()) {
            errors.put(
                    "ownerId",
                    Message.of(ProceduresModule.BUNDLE, owner.business() ? "refusal.taxCode" : "refusal.cccd"));
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.keyed(errors);
        }
        String summary = summary(form.summary());
        String data = formData(procedure, form.fields(), true);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String applicant = owner.business()
                ? null
                : accounts.byCccd(id).map(Accounts.AccountView::username).orElse(null);
        Dossier d = new Dossier(
                procedure,
                agency,
                desk.getDeskId(),
                channel == null ? Channel.IN_PERSON : channel,
                new Dossier.Owner(
                        owner.business(),
                        text("ownerName", owner.name(), 200),
                        id,
                        text("phone", owner.phone(), 20),
                        text("email", owner.email(), 254),
                        text("address", owner.address(), 300)),
                applicant,
                summary,
                data,
                form.delivery(),
                now);
        em.persist(d);
        em.flush();
        d.submit(nextCode(d.getDeskId()), now);
        if (procedure.getFeeTiming() == FeeTiming.BEFORE) {
            orderFee(d);
        }
        journal.record(d, DossierAction.WALK_IN, desk.getDeskId(), actor, null);
        return d;
    }

    /**
     * The citizen completes his dossier as asked (online, or at the desk, which records it): back to
     * the desk, or (after receipt) processing resumes.
     */
    @Transactional
    public Dossier resubmit(String actor, String code, long version) {
        Dossier d = byCode(code, version);
        if (!access.isApplicant(actor, d)) {
            // what was asked is brought to the desk (a walk-in dossier, or a citizen without an account)
            access.requireRole(actor, d.getDeskId(), Role.OFFICER);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        long paused = 0;
        OffsetDateTime due = d.getDueAt();
        if (d.getPausedAt() != null) {
            var clock = clocks.clock();
            paused = clock.workingMinutesBetween(d.getPausedAt(), now);
            due = clock.addWorkingMinutes(d.getDueAt(), paused);
        }
        d.resubmit(now, paused, due);
        journal.record(d, DossierAction.RESUBMIT, null, actor, paused > 0 ? "+" + paused + " min" : null);
        return d;
    }

    @Transactional
    public Dossier requestWithdrawal(String actor, String code, long version, String reason) {
        Dossier d = byCode(code, version);
        access.requireApplicant(actor, d);
        d.requestWithdrawal(OffsetDateTime.now(clock));
        journal.record(d, DossierAction.REQUEST_WITHDRAWAL, null, actor, text("reason", reason, 500));
        return d;
    }

    @Transactional
    public Dossier rate(String actor, String code, int stars) {
        Dossier d = em.createQuery("select d from Dossier d where d.code = :code", Dossier.class)
                .setParameter("code", DossierCode.normalise(code))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> ProceduresRefusal.notFound("refusal.dossierNotFound"));
        access.requireApplicant(actor, d);
        d.rate(stars, OffsetDateTime.now(clock));
        journal.record(d, DossierAction.RATE, null, actor, stars + "/5");
        return d;
    }

    Dossier byCode(String code, long version) {
        Dossier d = em.createQuery("select d from Dossier d where d.code = :code", Dossier.class)
                .setParameter("code", DossierCode.normalise(code))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> ProceduresRefusal.notFound("refusal.dossierNotFound"));
        if (d.getVersion() != version) {
            throw ProceduresRefusal.stale();
        }
        return d;
    }

    private Dossier own(String actor, long dossierId) {
        Dossier d = em.find(Dossier.class, dossierId, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw ProceduresRefusal.notFound("refusal.dossierNotFound");
        }
        access.requireApplicant(actor, d);
        return d;
    }

    private long agencyOf(Procedure procedure, Long agencyId) {
        List<Long> competent = procedure.getAgencyIds();
        if (agencyId == null && competent.size() == 1) {
            return competent.get(0);
        }
        if (agencyId == null || !competent.contains(agencyId)) {
            throw ProceduresRefusal.invalid("agency", "refusal.agencyNotCompetent");
        }
        return agencyId;
    }

    /** The next code of a desk for today (Vietnam's date), from the kernel's numbering. */
    String nextCode(long deskId) {
        String identifier = desks.identifierOfDesk(deskId);
        LocalDate day = LocalDate.now(clock.withZone(VietnameseDates.ZONE));
        long n = numbers.nextInPeriod("dossier:" + identifier, DossierCode.day(day));
        return DossierCode.format(identifier, day, n);
    }

    /** Every required field filled in and every required component supplied. */
    private void checkComplete(Dossier d) {
        Map<String, Message> errors = new HashMap<>();
        formData(d.getProcedure(), FormData.read(d.getFormData()), true);
        List<Number> supplied = em.createQuery(
                        "select distinct p.position from DossierPart p where p.dossierId = :id and p.kind = 'COMPONENT'",
                        Number.class)
                .setParameter("id", d.getId())
                .getResultList();
        for (ProcedurePart c : d.getProcedure().getComponents()) {
            if (c.isRequired() && supplied.stream().noneMatch(n -> n.intValue() == c.getPosition())) {
                errors.put(
                        "component" + c.getPosition(),
                        Message.of(ProceduresModule.BUNDLE, "refusal.componentMissing", c.getName()));
            }
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.keyed(errors);
        }
    }

    /** The form's fields as JSON, each checked for its type (and presence when {@code complete}). */
    static String formData(Procedure procedure, Map<String, String> fields, boolean complete) {
        Map<String, String> values = fields == null ? Map.of() : fields;
        Map<String, Message> errors = new HashMap<>();
        JsonObjectBuilder json = JSON.createObjectBuilder();
        for (ProcedurePart f : procedure.getFields()) {
            String v = values.get(f.getFieldKey());
            v = v == null ? "" : v.strip();
            String field = "field_" + f.getFieldKey();
            if (v.isEmpty()) {
                if (complete && f.isRequired()) {
                    errors.put(field, Message.of(ProceduresModule.BUNDLE, "refusal.fieldRequired", f.getName()));
                }
                continue;
            }
            if (v.length() > 2000 || !InputText.acceptable(v)) {
                errors.put(field, Message.of(ProceduresModule.BUNDLE, "refusal.fieldInvalid", f.getName()));
            } else if (f.getInputType() == InputType.NUMBER && !v.matches("\\d{1,15}")) {
                errors.put(field, Message.of(ProceduresModule.BUNDLE, "refusal.fieldNumber", f.getName()));
            } else if (f.getInputType() == InputType.DATE && !FormData.isDate(v)) {
                errors.put(field, Message.of(ProceduresModule.BUNDLE, "refusal.fieldDate", f.getName()));
            }
            json.add(f.getFieldKey(), v);
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.keyed(errors);
        }
        return json.build().toString();
    }

    /** A fee order for the dossier's fee lines, the owner as payer. */
    void orderFee(Dossier d) {
        Procedure p = d.getProcedure();
        var order = feeOrders.create(new FeeOrders.FeeOrderRequest(
                new CaseReference(MODULE, d.getCode()),
                p.getName(),
                d.getApplicantUsername(),
                d.getOwnerName(),
                d.getOwnerIdNumber(),
                d.getOwnerAddress(),
                d.getAgencyId(),
                p.getFees().stream()
                        .map(f -> new FeeOrders.FeeLine(
                                f.getFeeCode(),
                                f.getName(),
                                FeeOrders.FeeKind.valueOf(f.getFeeKind()),
                                f.getAmount(),
                                p.getLegalBasis()))
                        .toList(),
                null));
        d.feeOrdered(order.code(), OffsetDateTime.now(clock));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** A typed text checked for refused characters and its length; null when blank. */
    static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = InputText.checked(field, value.strip());
        if (v.length() > max) {
            throw ProceduresRefusal.invalid(field, "refusal.textTooLong", max);
        }
        return v;
    }

    /** The dossier's summary: required, at most 1,000 characters. */
    static String summary(String value) {
        String v = text("summary", value, 1000);
        if (v == null) {
            throw ProceduresRefusal.invalid("summary", "refusal.summaryRequired");
        }
        return v;
    }
}
