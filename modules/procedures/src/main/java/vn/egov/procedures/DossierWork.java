package vn.egov.procedures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.api.helpers.InputText;
import vn.egov.kernel.api.helpers.Sha256;
import vn.egov.kernel.api.helpers.VietnameseDates;
import vn.egov.payments.api.FeeOrders;
import vn.egov.procedures.domain.Dossier;
import vn.egov.procedures.domain.DossierAction;
import vn.egov.procedures.domain.DossierPart;
import vn.egov.procedures.domain.FeeTiming;
import vn.egov.procedures.domain.FormKind;
import vn.egov.signing.api.PersonalSignatures;

/**
 * The staff's steps on a dossier: the desk receives it (the legal clock starts), asks for completion
 * or refuses it; agencies hand it over, ask the citizen for more (the clock pauses), draft the
 * result; the leader sends it back or signs the result through {@link PersonalSignatures}; the desk
 * returns it. Each step checks the actor's role where the dossier is, the status machine and the
 * version the page showed, and is journalled (control sheet, audit, portal outbox).
 */
@ApplicationScoped
public class DossierWork {
    @PersistenceContext(unitName = "procedures")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DossierAccess access;

    @Inject
    DossierJournal journal;

    @Inject
    DossierClocks clocks;

    @Inject
    DossierIntake intake;

    @Inject
    FeeOrders feeOrders;

    @Inject
    PersonalSignatures signatures;

    @Inject
    OneStopForms forms;

    @Inject
    vn.egov.kernel.api.Organisation organisation;

    @Inject
    DossierQueries queries;

    @Transactional
    public Dossier receive(String actor, String code, long version) {
        Dossier d = intake.byCode(code, version);
        access.requireRole(actor, d.getDeskId(), Role.OFFICER);
        if (d.getProcedure().getFeeTiming() == FeeTiming.BEFORE && !paid(d)) {
            throw ProceduresRefusal.conflict("refusal.feeUnpaid");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        d.receive(
                actor,
                now,
                clocks.clock()
                        .dueAt(
                                now,
                                d.getProcedure().getDeadlineAmount(),
                                d.getProcedure().getDeadlineUnit()));
        if (d.getProcedure().getFeeTiming() == FeeTiming.AFTER && d.getFeeOrderCode() == null) {
            intake.orderFee(d);
        }
        journal.record(d, DossierAction.RECEIVE, d.getDeskId(), actor, null);
        forms.keep(actor, d, FormKind.RECEIPT, d.getDeskId(), forms.receiptSlip(d, queries.parts(d.getId())));
        return d;
    }

    @Transactional
    public Dossier askCompletion(String actor, String code, long version, String items) {
        Dossier d = intake.byCode(code, version);
        access.requireRole(actor, d.getDeskId(), Role.OFFICER);
        String note = required("items", items);
        d.askCompletion(OffsetDateTime.now(clock));
        journal.record(d, DossierAction.ASK_COMPLETION, d.getDeskId(), actor, note);
        forms.keep(
                actor, d, FormKind.SUPPLEMENT, d.getDeskId(), forms.supplementRequest(d, note, d.getDeskId(), actor));
        return d;
    }

    @Transactional
    public Dossier refuse(String actor, String code, long version, String reason) {
        Dossier d = intake.byCode(code, version);
        access.requireRole(actor, d.getDeskId(), Role.OFFICER);
        String note = required("reason", reason);
        d.refuse(OffsetDateTime.now(clock));
        cancelUnpaidFee(d, note);
        journal.record(d, DossierAction.REFUSE, d.getDeskId(), actor, note);
        forms.keep(actor, d, FormKind.REFUSAL, d.getDeskId(), forms.refusal(d, note));
        return d;
    }

    /** Hands the dossier to an agency's role (and a person there, or whoever holds the role). */
    @Transactional
    public Dossier handOver(
            String actor, String code, long version, long toAgency, Role toRole, String toUser, String note) {
        Dossier d = intake.byCode(code, version);
        long from = d.getCurrentAgencyId();
        access.requireRole(actor, from, Role.OFFICER);
        if (toRole != Role.OFFICER && toRole != Role.LEADER) {
            throw ProceduresRefusal.invalid("role", "refusal.handOverRole");
        }
        d.handOver(
                toAgency,
                toRole.name(),
                toUser == null || toUser.isBlank() ? null : toUser.strip(),
                OffsetDateTime.now(clock));
        journal.record(d, DossierAction.HAND_OVER, from, actor, optional(note));
        return d;
    }

    @Transactional
    public Dossier requestSupplement(String actor, String code, long version, String items) {
        Dossier d = intake.byCode(code, version);
        long at = d.getCurrentAgencyId();
        access.requireRole(actor, at, Role.OFFICER);
        String note = required("items", items);
        d.requestSupplement(OffsetDateTime.now(clock));
        journal.record(d, DossierAction.REQUEST_SUPPLEMENT, at, actor, note);
        forms.keep(actor, d, FormKind.SUPPLEMENT, at, forms.supplementRequest(d, note, at, actor));
        return d;
    }

    /**
     * The agency asks the citizen to pay the procedure's fee (a financial obligation): the fee order
     * is made unless an unpaid one is there; the clock pauses until payments' fact that it was paid.
     */
    @Transactional
    public Dossier requestFee(String actor, String code, long version) {
        Dossier d = intake.byCode(code, version);
        long at = d.getCurrentAgencyId();
        access.requireRole(actor, at, Role.OFFICER);
        if (d.getProcedure().getFeeTotal() == 0) {
            throw ProceduresRefusal.conflict("refusal.noFee");
        }
        var order = d.getFeeOrderCode() == null
                ? null
                : feeOrders.find(d.getFeeOrderCode()).orElse(null);
        if (order != null && order.status() == FeeOrders.OrderStatus.PAID) {
            throw ProceduresRefusal.conflict("refusal.feeAlreadyPaid");
        }
        if (order == null || order.status() != FeeOrders.OrderStatus.UNPAID) {
            intake.orderFee(d);
        }
        d.requestFee(d.getFeeOrderCode(), OffsetDateTime.now(clock));
        journal.record(d, DossierAction.REQUEST_FEE, at, actor, d.getFeeOrderCode());
        return d;
    }

    /** The specialist's draft result (a PDF), then the dossier goes to the agency's leader. */
    @Transactional
    public Dossier submitForApproval(String actor, String code, long version, String resultName, byte[] draftPdf) {
        Dossier d = intake.byCode(code, version);
        long at = d.getCurrentAgencyId();
        access.requireRole(actor, at, Role.OFFICER);
        if (draftPdf == null
                || draftPdf.length < 5
                || !new String(draftPdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw ProceduresRefusal.invalid("result", "refusal.resultNotPdf");
        }
        String name = required("resultName", resultName);
        OffsetDateTime now = OffsetDateTime.now(clock);
        em.createQuery(
                        "select p from DossierPart p where p.dossierId = :id and p.kind = 'RESULT' and p.signed = false",
                        DossierPart.class)
                .setParameter("id", d.getId())
                .getResultList()
                .forEach(em::remove);
        em.persist(DossierPart.document(
                d.getId(), DossierPart.RESULT, 1, name, null, draftPdf, Sha256.hex(draftPdf), now, actor));
        d.submitForApproval(now);
        journal.record(d, DossierAction.SUBMIT_FOR_APPROVAL, at, actor, name);
        return d;
    }

    @Transactional
    public Dossier sendBack(String actor, String code, long version, String reason) {
        Dossier d = intake.byCode(code, version);
        long at = d.getCurrentAgencyId();
        access.requireRole(actor, at, Role.LEADER);
        String note = required("reason", reason);
        d.sendBack(OffsetDateTime.now(clock));
        journal.record(d, DossierAction.SEND_BACK, at, actor, note);
        return d;
    }

    /**
     * The leader signs the drafted result with his own credential (his second-factor code), PAdES
     * with a visible stamp; the signed PDF replaces the draft and the dossier is processed.
     */
    @Transactional
    public Dossier signResult(String actor, String code, long version, String factorCode) {
        Dossier d = intake.byCode(code, version);
        long at = d.getCurrentAgencyId();
        access.requireRole(actor, at, Role.LEADER);
        DossierPart draft = em.createQuery(
                        "select p from DossierPart p where p.dossierId = :id and p.kind = 'RESULT' and p.signed = false",
                        DossierPart.class)
                .setParameter("id", d.getId())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> ProceduresRefusal.conflict("refusal.noDraftResult"));
        OffsetDateTime now = OffsetDateTime.now(clock);
        // checks the step before anything is signed
        if (!DossierAction.SIGN_RESULT.allowedFrom(d.getStatus())) {
            throw new vn.egov.procedures.domain.IllegalDossierStep(DossierAction.SIGN_RESULT, d.getStatus());
        }
        List<PersonalSignatures.Signed> signed = signatures.sign(
                actor,
                List.of(new PersonalSignatures.Document(
                        draft.getName() + ".pdf", draft.getContent(), draft.getSha256(), "result")),
                d.getProcedure().getResultKind() + " · " + d.getCode(),
                organisation.unit(at).map(vn.egov.kernel.api.OrgUnitView::name).orElse(null),
                PersonalSignatures.Stamp.LAST_PAGE,
                factorCode);
        draft.signed(signed.get(0).pdf(), signed.get(0).signedSha256(), actor, now);
        d.resultSigned(now);
        String note = draft.getName();
        if (d.getProcedure().isSealedCopy()) {
            note += forms.sealedCopy(actor, d, draft, at)
                    .map(copy -> " + " + copy.getName())
                    .orElse("");
        }
        journal.record(d, DossierAction.SIGN_RESULT, at, actor, note);
        return d;
    }

    /** The desk hands the result over (at the desk, by post, or the citizen downloads it). */
    @Transactional
    public Dossier returnResult(String actor, String code, long version) {
        Dossier d = intake.byCode(code, version);
        access.requireRole(actor, d.getDeskId(), Role.OFFICER);
        if (d.getProcedure().getFeeTiming() == FeeTiming.AFTER && !paid(d)) {
            throw ProceduresRefusal.conflict("refusal.feeUnpaid");
        }
        d.resultReturned(OffsetDateTime.now(clock));
        journal.record(
                d,
                DossierAction.RETURN_RESULT,
                d.getDeskId(),
                actor,
                d.getResultDelivery().name());
        return d;
    }

    /**
     * A later due date, before the current one has passed: the leader signs the apology and new-date
     * letter with his second-factor code (PAdES, visible stamp), and it is kept with the dossier; a
     * wrong code changes nothing.
     */
    @Transactional
    public Dossier extend(
            String actor, String code, long version, LocalDate newDueDay, String reason, String factorCode) {
        Dossier d = intake.byCode(code, version);
        long at = d.getCurrentAgencyId();
        access.requireRole(actor, at, Role.LEADER);
        String note = required("reason", reason);
        if (newDueDay == null) {
            throw ProceduresRefusal.invalid("newDue", "refusal.newDueMissing");
        }
        OffsetDateTime newDue = clocks.clock().closeOf(newDueDay);
        OffsetDateTime oldDue = d.getDueAt();
        d.extend(newDue, OffsetDateTime.now(clock));
        byte[] letter = forms.apology(d, oldDue, note, at);
        List<PersonalSignatures.Signed> signed = signatures.sign(
                actor,
                List.of(new PersonalSignatures.Document(
                        OneStopForms.formName(FormKind.APOLOGY, d), letter, Sha256.hex(letter))),
                OneStopForms.formTitle(FormKind.APOLOGY) + " · " + d.getCode(),
                organisation.unit(at).map(vn.egov.kernel.api.OrgUnitView::name).orElse(null),
                PersonalSignatures.Stamp.LAST_PAGE,
                factorCode);
        journal.record(d, DossierAction.EXTEND, at, actor, VietnameseDates.day(newDueDay) + ": " + note);
        forms.keepSigned(actor, d, FormKind.APOLOGY, letter, signed.get(0));
        return d;
    }

    @Transactional
    public Dossier stop(String actor, String code, long version, String reason) {
        Dossier d = intake.byCode(code, version);
        long at = d.getCurrentAgencyId();
        access.requireRole(actor, at, Role.OFFICER);
        String note = required("reason", reason);
        d.stop(OffsetDateTime.now(clock));
        cancelUnpaidFee(d, note);
        journal.record(d, DossierAction.STOP, at, actor, note);
        forms.keep(actor, d, FormKind.STOP, at, forms.stopNotice(d, note, at));
        return d;
    }

    @Transactional
    public Dossier acceptWithdrawal(String actor, String code, long version) {
        Dossier d = intake.byCode(code, version);
        long at = d.getCurrentAgencyId();
        if (!access.serves(actor, at, Role.OFFICER) && !access.serves(actor, d.getDeskId(), Role.OFFICER)) {
            throw ProceduresRefusal.notAllowed();
        }
        d.acceptWithdrawal(OffsetDateTime.now(clock));
        cancelUnpaidFee(d, "withdrawn");
        journal.record(d, DossierAction.ACCEPT_WITHDRAWAL, at, actor, null);
        return d;
    }

    boolean paid(Dossier d) {
        return d.getFeeOrderCode() != null
                && feeOrders
                        .find(d.getFeeOrderCode())
                        .map(o -> o.status() == FeeOrders.OrderStatus.PAID)
                        .orElse(false);
    }

    private void cancelUnpaidFee(Dossier d, String reason) {
        if (d.getFeeOrderCode() != null
                && feeOrders
                        .find(d.getFeeOrderCode())
                        .map(o -> o.status() == FeeOrders.OrderStatus.UNPAID)
                        .orElse(false)) {
            feeOrders.cancel(d.getFeeOrderCode(), reason);
        }
    }

    private static String required(String field, String text) {
        String v = text == null ? "" : text.strip();
        if (v.isEmpty()) {
            throw ProceduresRefusal.invalid(field, "refusal.textRequired");
        }
        if (v.length() > 2000) {
            throw ProceduresRefusal.invalid(field, "refusal.textTooLong", 2000);
        }
        return InputText.checked(field, v);
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : InputText.checked("note", text.strip());
    }
}
