package vn.egov.procedures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.Organisation;
import vn.egov.kernel.api.helpers.PublicAddress;
import vn.egov.kernel.api.helpers.Sha256;
import vn.egov.kernel.api.helpers.VietnameseDates;
import vn.egov.procedures.domain.Dossier;
import vn.egov.procedures.domain.DossierPart;
import vn.egov.procedures.domain.FormKind;
import vn.egov.procedures.domain.Handover;
import vn.egov.procedures.domain.ProcedurePart;
import vn.egov.signing.api.DocumentSeals;
import vn.egov.signing.api.PersonalSignatures;

/**
 * The statutory one-stop forms as PDFs, always in Vietnamese: made at the step they belong to, sealed
 * by the issuing agency ({@link DocumentSeals}, kind {@value #SEAL_KIND}) and kept with the dossier;
 * the control sheet and the tracking book (PDF and CSV) are made on demand from the records. The
 * platform's draft of a result is made here too, for the leader to sign.
 */
@ApplicationScoped
public class OneStopForms {
    private static final Logger LOG = Logger.getLogger(OneStopForms.class.getName());
    /** The document kind the signing policy must allow for agencies' seals on these forms. */
    public static final String SEAL_KIND = "onestop-form";
    /** The document kind of a result's copy sealed by the deciding agency. */
    public static final String COPY_SEAL_KIND = "result-copy";
    /** The form kind that marks a result's sealed copy among the results. */
    public static final String SEALED_COPY = "SEALED_COPY";

    @PersistenceContext(unitName = "procedures")
    EntityManager em;

    @Inject
    Organisation organisation;

    @Inject
    DocumentSeals seals;

    @Inject
    PublicAddress address;

    @Inject
    Clock clock;

    private static String t(String key, Object... args) {
        return Message.text(Message.VIETNAMESE, ProceduresModule.BUNDLE, key, args);
    }

    private String unit(long id) {
        return organisation.unit(id).map(OrgUnitView::name).orElse(String.valueOf(id));
    }

    private FormPdf form(long agencyId, String titleKey, String subtitle) {
        return new FormPdf(unit(agencyId), new String[] {t("form.motto1"), t("form.motto2")}, t(titleKey), subtitle);
    }

    private static String moment(OffsetDateTime at) {
        return at == null ? "" : VietnameseDates.moment(at);
    }

    private FormPdf owner(FormPdf f, Dossier d) {
        return f.line(t("form.code"), d.getCode())
                .line(t("form.procedure"), d.getProcedure().getName() + " (" + d.getProcedureCode() + ")")
                .line(t("form.owner"), d.getOwnerName())
                .line(t(d.isBusiness() ? "form.taxCode" : "form.idNumber"), d.getOwnerIdNumber())
                .line(t("form.phone"), d.getOwnerPhone())
                .line(t("form.email"), d.getOwnerEmail())
                .line(t("form.address"), d.getOwnerAddress())
                .line(t("form.channel"), t("channel." + d.getChannel().name()))
                .line(t("form.summary"), d.getSummary());
    }

    /** Giấy tiếp nhận hồ sơ và hẹn trả kết quả: components with their counts, times, where the result is returned, QR. */
    public byte[] receiptSlip(Dossier d, List<DossierPart> parts) {
        return components(owner(form(d.getDeskId(), "form.RECEIPT", null), d), d, parts)
                .line(t("form.receivedAt"), moment(d.getReceivedAt()))
                .line(t("form.dueAt"), moment(d.getDueAt()))
                .line(t("form.delivery"), t("delivery." + d.getResultDelivery().name()))
                .line(t("form.receivedBy"), d.getReceivedBy())
                .qr(lookupLink(d), t("form.qrCaption", lookupLink(d)))
                .signatures(t("form.signSubmitter"), t("form.signOfficer"))
                .render();
    }

    /**
     * Phiếu xác nhận nộp hồ sơ trực tuyến, made as soon as an online dossier is submitted: what was
     * sent and when, the appointment it would have if the desk received it at once, QR. The binding
     * appointment is the receipt slip's, made when the desk receives it.
     */
    public byte[] submissionSlip(Dossier d, List<DossierPart> parts, OffsetDateTime expectedDue) {
        return components(owner(form(d.getDeskId(), "form.SUBMITTED", null), d), d, parts)
                .line(t("form.submittedAt"), moment(d.getSubmittedAt()))
                .line(t("form.expectedDueAt"), moment(expectedDue))
                .line(t("form.delivery"), t("delivery." + d.getResultDelivery().name()))
                .paragraph(t("form.submittedNote", unit(d.getDeskId())))
                .qr(lookupLink(d), t("form.qrCaption", lookupLink(d)))
                .render();
    }

    /** The receiving desk, the deciding agency, the components with their counts and files, the legal deadline. */
    private FormPdf components(FormPdf f, Dossier d, List<DossierPart> parts) {
        f.line(t("form.receivingUnit"), unit(d.getDeskId())).line(t("form.agency"), unit(d.getAgencyId()));
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (ProcedurePart c : d.getProcedure().getComponents()) {
            long files = parts.stream()
                    .filter(p -> DossierPart.COMPONENT.equals(p.getKind()) && p.getPosition() == c.getPosition())
                    .count();
            rows.add(List.of(
                    String.valueOf(n++),
                    c.getName(),
                    String.valueOf(c.getOriginals()),
                    String.valueOf(c.getCertified()),
                    String.valueOf(c.getCopies()),
                    files > 0 ? t("form.componentReceived", files) : t("form.componentNone")));
        }
        return f.heading(t("form.components"))
                .table(
                        List.of(
                                t("form.no"),
                                t("form.componentName"),
                                t("form.originals"),
                                t("form.certified"),
                                t("form.copies"),
                                t("form.files")),
                        new float[] {0.06f, 0.46f, 0.1f, 0.12f, 0.1f, 0.16f},
                        rows)
                .line(
                        t("form.deadline"),
                        d.getProcedure().getDeadlineAmount() + " "
                                + t("unit." + d.getProcedure().getDeadlineUnit().name()));
    }

    public String lookupLink(Dossier d) {
        return address.of("procedures/lookup.xhtml") + "?code=" + d.getCode();
    }

    /** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: the items and reason, the contact officer. */
    public byte[] supplementRequest(Dossier d, String items, long agencyId, String actor) {
        return owner(form(agencyId, "form.SUPPLEMENT", null), d)
                .heading(t("form.itemsAsked"))
                .paragraph(items)
                .line(t("form.contact"), actor)
                .line(t("form.issuedAt"), moment(OffsetDateTime.now(clock)))
                .paragraph(t("form.supplementNote"))
                .signatures(t("form.signOfficer"))
                .render();
    }

    /** Phiếu từ chối tiếp nhận giải quyết hồ sơ: the reason. */
    public byte[] refusal(Dossier d, String reason) {
        return owner(form(d.getDeskId(), "form.REFUSAL", null), d)
                .heading(t("form.reason"))
                .paragraph(reason)
                .line(t("form.issuedAt"), moment(OffsetDateTime.now(clock)))
                .signatures(t("form.signOfficer"))
                .render();
    }

    /** Văn bản xin lỗi và hẹn lại ngày trả kết quả: the reason, the old and the new date. */
    public byte[] apology(Dossier d, OffsetDateTime oldDue, String reason, long agencyId) {
        return owner(form(agencyId, "form.APOLOGY", null), d)
                .paragraph(t("form.apologyText", d.getOwnerName(), moment(oldDue)))
                .heading(t("form.reason"))
                .paragraph(reason)
                .line(t("form.newDueAt"), moment(d.getDueAt()))
                .line(t("form.issuedAt"), moment(OffsetDateTime.now(clock)))
                .signatures(t("form.signLeader"))
                .render();
    }

    /** Thông báo dừng giải quyết hồ sơ: the reason. */
    public byte[] stopNotice(Dossier d, String reason, long agencyId) {
        return owner(form(agencyId, "form.STOP", null), d)
                .heading(t("form.reason"))
                .paragraph(reason)
                .line(t("form.issuedAt"), moment(OffsetDateTime.now(clock)))
                .signatures(t("form.signLeader"))
                .render();
    }

    /** Phiếu kiểm soát quá trình giải quyết hồ sơ: every hand-over, from whom to whom, when, the outcome. */
    public byte[] controlSheet(Dossier d, List<Handover> sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (Handover h : sheet) {
            rows.add(List.of(
                    (h.getFromAgencyId() == null ? t("form.citizen") : unit(h.getFromAgencyId())) + " · "
                            + h.getFromUser(),
                    (h.getToAgencyId() == null ? "" : unit(h.getToAgencyId()))
                            + (h.getToUser() != null
                                    ? " · " + h.getToUser()
                                    : h.getToRole() != null ? " · " + t("role." + h.getToRole()) : ""),
                    VietnameseDates.moment(h.getAt()),
                    t("action." + h.getAction().name()) + (h.getNote() == null ? "" : ": " + h.getNote())));
        }
        return owner(form(d.getDeskId(), "form.controlSheet", null), d)
                .line(t("form.receivedAt"), moment(d.getReceivedAt()))
                .line(t("form.dueAt"), moment(d.getDueAt()))
                .heading(t("form.handovers"))
                .table(
                        List.of(t("form.from"), t("form.to"), t("form.when"), t("form.outcome")),
                        new float[] {0.27f, 0.27f, 0.16f, 0.30f},
                        rows)
                .render();
    }

    /** The tracking book's rows (sổ theo dõi hồ sơ): dossiers received by a desk between two days. */
    public List<Dossier> trackingRows(long deskId, LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select d from Dossier d where d.deskId = :desk and d.receivedAt >= :from and d.receivedAt < :to order by d.receivedAt",
                        Dossier.class)
                .setParameter("desk", deskId)
                .setParameter("from", from.atStartOfDay(VietnameseDates.ZONE).toOffsetDateTime())
                .setParameter(
                        "to", to.plusDays(1).atStartOfDay(VietnameseDates.ZONE).toOffsetDateTime())
                .getResultList();
    }

    private List<String> trackingHeaders() {
        return List.of(
                t("form.no"),
                t("form.code"),
                t("form.procedure"),
                t("form.owner"),
                t("form.receivedAt"),
                t("form.dueAt"),
                t("form.completedAt"),
                t("form.returnedAt"),
                t("form.status"));
    }

    private List<String> trackingRow(int n, Dossier d) {
        return List.of(
                String.valueOf(n),
                d.getCode(),
                d.getProcedure().getName(),
                d.getOwnerName(),
                moment(d.getReceivedAt()),
                moment(d.getDueAt()),
                moment(d.getCompletedAt())
                        + (d.getOnTime() == null
                                ? ""
                                : " (" + t("onTime." + d.getOnTime().name()) + ")"),
                moment(d.getReturnedAt()),
                t("status." + d.getStatus().name()));
    }

    public byte[] trackingBookPdf(long deskId, LocalDate from, LocalDate to) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Dossier d : trackingRows(deskId, from, to)) {
            rows.add(trackingRow(n++, d));
        }
        return form(deskId, "form.trackingBook", t("form.period", VietnameseDates.day(from), VietnameseDates.day(to)))
                .table(trackingHeaders(), new float[] {0.05f, 0.14f, 0.17f, 0.12f, 0.1f, 0.1f, 0.12f, 0.1f, 0.1f}, rows)
                .render();
    }

    public String trackingBookCsv(long deskId, LocalDate from, LocalDate to) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(trackingHeaders().toArray(String[]::new))
                        .get())) {
            int n = 1;
            for (Dossier d : trackingRows(deskId, from, to)) {
                csv.printRecord(trackingRow(n++, d));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The platform's draft of the result, for the specialist to submit and the leader to sign. */
    public byte[] draftResult(Dossier d) {
        FormPdf f = form(d.getAgencyId(), "form.result", d.getProcedure().getResultKind());
        f.paragraph(t("form.resultText", unit(d.getAgencyId()), d.getProcedure().getName(), d.getCode()));
        owner(f, d);
        for (var row : FormData.read(d.getFormData()).entrySet()) {
            d.getProcedure().getFields().stream()
                    .filter(p -> p.getFieldKey().equals(row.getKey()))
                    .findFirst()
                    .ifPresent(p -> f.line(p.getName(), row.getValue()));
        }
        f.line(t("form.legalBasis"), d.getProcedure().getLegalBasis());
        return f.signatures(t("form.signLeader")).render();
    }

    /**
     * Seals a form for the agency and keeps it with the dossier. A form the platform cannot seal (no
     * master key, a policy without the kind) is kept unsealed, and says so on the dossier page.
     */
    @Transactional
    public DossierPart keep(String actor, Dossier d, FormKind kind, long agencyId, byte[] pdf) {
        DossierPart part = formPart(actor, d, kind, pdf);
        try {
            DocumentSeals.SealedDocument sealed =
                    seals.seal(agencyId, SEAL_KIND, pdf, t("form." + kind.name()) + " " + d.getCode());
            part.signed(sealed.pdf(), sealed.sealedSha256(), sealed.sealedBy(), part.getCreatedAt());
        } catch (DocumentSeals.SealRefused e) {
            LOG.log(Level.WARNING, "Form {0} of {1} kept unsealed: {2}", new Object[] {kind, d.getCode(), e.key()});
        }
        em.persist(part);
        return part;
    }

    /** Keeps a form that a person signed (the leader's apology letter). */
    @Transactional
    public DossierPart keepSigned(
            String actor, Dossier d, FormKind kind, byte[] pdf, PersonalSignatures.Signed signed) {
        DossierPart part = formPart(actor, d, kind, pdf);
        part.signed(signed.pdf(), signed.signedSha256(), actor, part.getCreatedAt());
        em.persist(part);
        return part;
    }

    private DossierPart formPart(String actor, Dossier d, FormKind kind, byte[] pdf) {
        int position = ((Number) em.createQuery(
                                        "select count(p) from DossierPart p where p.dossierId = :id and p.kind = 'FORM'")
                                .setParameter("id", d.getId())
                                .getSingleResult())
                        .intValue()
                + 1;
        return DossierPart.document(
                d.getId(),
                DossierPart.FORM,
                position,
                formName(kind, d),
                kind.name(),
                pdf,
                Sha256.hex(pdf),
                OffsetDateTime.now(clock),
                actor == null ? "system" : actor);
    }

    /** A form's title, in Vietnamese. */
    public static String formTitle(FormKind kind) {
        return t("form." + kind.name());
    }

    /** A kept form's file name. */
    public static String formName(FormKind kind, Dossier d) {
        return formTitle(kind) + " " + d.getCode() + ".pdf";
    }

    /**
     * The copy of a signed result sealed by the deciding agency, kept beside it, for the procedures
     * that ask for one. Empty when the signing policy does not allow the kind {@value #COPY_SEAL_KIND}
     * (the signed original stands; the warning names the dossier).
     */
    @Transactional
    public java.util.Optional<DossierPart> sealedCopy(String actor, Dossier d, DossierPart signed, long agencyId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String name = t("form.sealedCopy", signed.getName());
        DocumentSeals.SealedDocument sealed;
        try {
            sealed = seals.seal(agencyId, COPY_SEAL_KIND, signed.getContent(), name + " " + d.getCode());
        } catch (DocumentSeals.SealRefused e) {
            LOG.log(Level.WARNING, "No sealed copy of the result of {0}: {1}", new Object[] {d.getCode(), e.key()});
            return java.util.Optional.empty();
        }
        DossierPart copy = DossierPart.document(
                d.getId(),
                DossierPart.RESULT,
                signed.getPosition() + 1,
                name,
                SEALED_COPY,
                signed.getContent(),
                signed.getSha256(),
                now,
                actor);
        copy.signed(sealed.pdf(), sealed.sealedSha256(), sealed.sealedBy(), now);
        em.persist(copy);
        return java.util.Optional.of(copy);
    }
}
