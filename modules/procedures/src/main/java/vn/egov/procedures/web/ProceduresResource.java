package vn.egov.procedures.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.kernel.api.Attachments;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.Organisation;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.api.helpers.PublicAddress;
import vn.egov.procedures.Catalogue;
import vn.egov.procedures.CatalogueCsv;
import vn.egov.procedures.DossierAccess;
import vn.egov.procedures.DossierIntake;
import vn.egov.procedures.DossierQueries;
import vn.egov.procedures.OneStopForms;
import vn.egov.procedures.ProceduresRefusal;
import vn.egov.procedures.domain.Dossier;
import vn.egov.procedures.domain.DossierPart;
import vn.egov.procedures.domain.Procedure;
import vn.egov.procedures.domain.ResultDelivery;
import vn.egov.procedures.domain.Tier;

/**
 * The procedures API: the catalogue (search, one procedure, CSV export and import for admins), online
 * submission in one call, a dossier's status and files for those who may open it, the public lookup,
 * the control sheet and the desk's tracking book.
 */
@Path("procedures")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Procedures")
public class ProceduresResource {
    @Inject
    Catalogue catalogue;

    @Inject
    DossierIntake intake;

    @Inject
    DossierQueries queries;

    @Inject
    DossierAccess access;

    @Inject
    OneStopForms forms;

    @Inject
    Attachments attachments;

    @Inject
    Organisation organisation;

    @Inject
    Caller caller;

    @Inject
    PublicAddress address;

    @Inject
    Clock clock;

    /** A procedure as the API shows it. */
    public record ProcedureJson(
            String code,
            String name,
            String field,
            String tier,
            String onlineLevel,
            int deadline,
            String deadlineUnit,
            long fee,
            String feeTiming,
            List<String> agencies,
            List<String> components,
            String resultKind,
            String legalBasis,
            String page) {}

    private ProcedureJson json(Procedure p) {
        return new ProcedureJson(
                p.getCode(),
                p.getName(),
                p.getFieldName(),
                p.getTier().name(),
                p.getOnlineLevel().name(),
                p.getDeadlineAmount(),
                p.getDeadlineUnit().name(),
                p.getFeeTotal(),
                p.getFeeTiming().name(),
                p.getAgencyIds().stream().map(this::unitName).toList(),
                p.getComponents().stream().map(c -> c.getName()).toList(),
                p.getResultKind(),
                p.getLegalBasis(),
                address.of("procedures/procedure.xhtml") + "?code=" + p.getCode());
    }

    private String unitName(long id) {
        return organisation.unit(id).map(OrgUnitView::name).orElse(String.valueOf(id));
    }

    @GET
    @Path("catalogue")
    @Operation(
            summary =
                    "Search the procedures in force: words with or without diacritics, field code, tier, agency id; 50 a page")
    public List<ProcedureJson> search(
            @QueryParam("q") String q,
            @QueryParam("field") String field,
            @QueryParam("tier") String tier,
            @QueryParam("agency") Long agency,
            @QueryParam("page") int page) {
        Tier t = null;
        if (tier != null && !tier.isBlank()) {
            try {
                t = Tier.valueOf(tier);
            } catch (IllegalArgumentException e) {
                throw ProceduresRefusal.invalid("tier", "api.tier");
            }
        }
        return catalogue.search(new Catalogue.Search(q, field, agency, t), Math.max(0, page) * 50, 50).stream()
                .map(this::json)
                .toList();
    }

    @GET
    @Path("catalogue/{code}")
    @Operation(summary = "One procedure in force, by its national code")
    public ProcedureJson procedure(@PathParam("code") String code) {
        return json(catalogue.current(code).orElseThrow(() -> ProceduresRefusal.notFound("refusal.procedureNotFound")));
    }

    @GET
    @Path("catalogue/export")
    @Produces("text/csv")
    @Operation(summary = "The catalogue in force as CSV (the import's format), for administrators")
    public Response export() {
        requireAdmin();
        String csv = CatalogueCsv.write(
                catalogue.inForce(),
                id -> organisation.unit(id).map(OrgUnitView::code).orElse(String.valueOf(id)));
        return Response.ok(csv)
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"danh-muc-thu-tuc.csv\"")
                .build();
    }

    @POST
    @Path("catalogue/import")
    @Consumes({"text/csv", MediaType.WILDCARD})
    @Operation(
            summary =
                    "Publishes every row of a catalogue CSV (UTF-8, the export's format) as a new version (administrators)",
            description =
                    "A row without effective_from takes effect today; a change is never backdated. All rows or none.")
    public Map<String, Integer> importCsv(String body) {
        requireAdmin();
        List<CatalogueCsv.Row> rows = CatalogueCsv.read(
                new StringReader(body == null ? "" : body),
                code -> organisation.unitByCode(code).map(OrgUnitView::id).orElse(null),
                LocalDate.now(clock.withZone(vn.egov.kernel.api.helpers.VietnameseDates.ZONE)));
        return Map.of("published", catalogue.publishAll(rows, caller.username()));
    }

    private void requireAdmin() {
        if (!caller.hasRole(Role.ADMIN)) {
            throw caller.signedIn() ? ProceduresRefusal.notAllowed() : ProceduresRefusal.signInFirst();
        }
    }

    /** An online submission: the form, and the files (uploaded first to /api/v1/attachments) per component position. */
    public record SubmissionJson(
            String procedure,
            Long agency,
            String summary,
            Map<String, String> fields,
            String delivery,
            String phone,
            String address,
            Map<Integer, List<UUID>> components) {}

    /** A dossier as its citizen or staff see it through the API. */
    public record DossierJson(
            String code,
            String procedure,
            String status,
            int portalStatus,
            String channel,
            OffsetDateTime submittedAt,
            OffsetDateTime receivedAt,
            OffsetDateTime dueAt,
            OffsetDateTime completedAt,
            String onTime,
            String feeOrder,
            String lookup) {
        static DossierJson of(Dossier d, String lookup) {
            return new DossierJson(
                    d.getCode(),
                    d.getProcedureCode(),
                    d.getStatus().name(),
                    d.getStatus().portalCode(),
                    d.getChannel().name(),
                    d.getSubmittedAt(),
                    d.getReceivedAt(),
                    d.getDueAt(),
                    d.getCompletedAt(),
                    d.getOnTime() == null ? null : d.getOnTime().name(),
                    d.getFeeOrderCode(),
                    lookup);
        }
    }

    @POST
    @Path("dossiers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Submits a dossier online in one call (a signed-in citizen): checked, numbered, fee ordered when due before receipt")
    public Response submit(SubmissionJson body) {
        if (!caller.signedIn()) {
            throw ProceduresRefusal.signInFirst();
        }
        if (body == null) {
            throw ProceduresRefusal.invalid("procedure", "refusal.procedureNotFound");
        }
        ResultDelivery delivery;
        try {
            delivery = body.delivery() == null ? ResultDelivery.ONLINE : ResultDelivery.valueOf(body.delivery());
        } catch (IllegalArgumentException e) {
            throw ProceduresRefusal.invalid("delivery", "api.delivery");
        }
        Dossier d = intake.submitNow(
                caller.username(),
                new DossierIntake.DossierForm(
                        body.procedure(),
                        body.agency(),
                        body.summary(),
                        body.fields(),
                        delivery,
                        body.phone(),
                        null,
                        body.address()),
                body.components());
        return Response.status(201)
                .location(java.net.URI.create(address.of("api/v1/procedures/dossiers/" + d.getCode())))
                .entity(DossierJson.of(d, forms.lookupLink(d)))
                .build();
    }

    /** The dossier when the signed-in caller may open it; 401 for nobody signed in, 404 for others. */
    private Dossier opened(String code) {
        if (!caller.signedIn()) {
            throw ProceduresRefusal.signInFirst();
        }
        return queries.byCode(code)
                .filter(d -> access.mayOpen(caller.username(), d))
                .orElseThrow(() -> ProceduresRefusal.notFound("refusal.dossierNotFound"));
    }

    @GET
    @Path("dossiers/{code}")
    @Operation(summary = "A dossier's status, for its citizen and the staff it passes through")
    public DossierJson dossier(@PathParam("code") String code) {
        Dossier d = opened(code);
        return DossierJson.of(d, forms.lookupLink(d));
    }

    @GET
    @Path("dossiers/{code}/files/{id}")
    @Produces({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            summary = "A file of a dossier (component, result, form), for its citizen and the staff it passes through")
    public Response file(@PathParam("code") String code, @PathParam("id") String id) {
        Dossier d = opened(code);
        DossierPart p = (id != null && id.matches("\\d{1,18}")
                        ? queries.part(Long.parseLong(id))
                        : java.util.Optional.<DossierPart>empty())
                .filter(x -> x.getDossierId() == d.getId())
                .orElseThrow(() -> ProceduresRefusal.notFound("refusal.fileNotFound"));
        byte[] content;
        String type = "application/pdf";
        if (DossierPart.COMPONENT.equals(p.getKind())) {
            content = attachments
                    .content(p.getAttachmentId())
                    .orElseThrow(() -> ProceduresRefusal.notFound("refusal.fileNotFound"));
            type = attachments
                    .find(p.getAttachmentId())
                    .map(Attachments.StoredFile::contentType)
                    .orElse(MediaType.APPLICATION_OCTET_STREAM);
        } else {
            content = p.getContent();
        }
        return Response.ok(content)
                .type(type)
                .header("Content-Disposition", "attachment; filename=\"" + safeName(p.getFileName(), p.getId()) + "\"")
                .build();
    }

    @GET
    @Path("dossiers/{code}/control-sheet")
    @Produces("application/pdf")
    @Operation(summary = "The dossier's control sheet (the one-stop process control sheet) as PDF")
    public Response controlSheet(@PathParam("code") String code) {
        Dossier d = opened(code);
        return Response.ok(forms.controlSheet(d, queries.controlSheet(d.getId())))
                .header("Content-Disposition", "attachment; filename=\"phieu-kiem-soat-" + d.getCode() + ".pdf\"")
                .build();
    }

    /** What the public lookup shows: no names, no files. */
    public record LookupJson(
            String code,
            String procedure,
            String status,
            int portalStatus,
            OffsetDateTime dueAt,
            OffsetDateTime completedAt) {}

    @GET
    @Path("lookup")
    @Operation(summary = "Public lookup by dossier code and the owner's CCCD, tax code or phone (no sign-in)")
    public LookupJson lookup(@QueryParam("code") String code, @QueryParam("proof") String proof) {
        Dossier d =
                queries.lookup(code, proof).orElseThrow(() -> ProceduresRefusal.notFound("refusal.dossierNotFound"));
        return new LookupJson(
                d.getCode(),
                d.getProcedure().getName(),
                d.getStatus().name(),
                d.getStatus().portalCode(),
                d.getDueAt(),
                d.getCompletedAt());
    }

    @GET
    @Path("tracking-book")
    @Produces({"application/pdf", "text/csv"})
    @Operation(
            summary =
                    "A desk's tracking book (dossier register) for a period, as PDF or CSV (format=csv), for its staff",
            description = "Dates yyyy-MM-dd, both included, at most a year.")
    public Response trackingBook(
            @QueryParam("desk") Long desk,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("format") String format) {
        if (!caller.signedIn()) {
            throw ProceduresRefusal.signInFirst();
        }
        if (desk == null) {
            throw ProceduresRefusal.invalid("desk", "api.desk");
        }
        if (!access.serves(caller.username(), desk, Role.OFFICER)) {
            throw ProceduresRefusal.notAllowed();
        }
        LocalDate start;
        LocalDate end;
        try {
            start = LocalDate.parse(from);
            end = LocalDate.parse(to);
        } catch (RuntimeException e) {
            throw ProceduresRefusal.invalid("from", "api.period");
        }
        if (end.isBefore(start) || start.plusYears(1).isBefore(end)) {
            throw ProceduresRefusal.invalid("to", "api.period");
        }
        String name = "so-theo-doi-ho-so-" + start + "-" + end;
        if ("csv".equals(format)) {
            return Response.ok(forms.trackingBookCsv(desk, start, end))
                    .type("text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                    .build();
        }
        return Response.ok(forms.trackingBookPdf(desk, start, end))
                .type("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"")
                .build();
    }

    /** A file name safe for a header: ASCII letters, digits, dots and dashes. */
    static String safeName(String name, long id) {
        String folded = vn.egov.kernel.api.helpers.VietnameseText.fold(name == null ? "" : name)
                .replaceAll("[^A-Za-z0-9.\\-]+", "-");
        return folded.isBlank() || folded.length() > 120 ? "tep-" + id : folded;
    }
}
