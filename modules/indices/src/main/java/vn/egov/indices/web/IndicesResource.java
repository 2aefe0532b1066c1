package vn.egov.indices.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.indices.EnteredValues;
import vn.egov.indices.FrameworkCsv;
import vn.egov.indices.Frameworks;
import vn.egov.indices.IndexTables;
import vn.egov.indices.IndicesRefusal;
import vn.egov.indices.Plans;
import vn.egov.indices.Snapshots;
import vn.egov.indices.TableExport;
import vn.egov.indices.Units;
import vn.egov.indices.domain.IndexResult;
import vn.egov.indices.domain.Period;
import vn.egov.indices.domain.PeriodType;
import vn.egov.indices.domain.PlanTarget;
import vn.egov.indices.domain.Scorecard;
import vn.egov.kernel.api.ApiError;
import vn.egov.kernel.api.Attachments;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.api.helpers.VietnameseDates;

/**
 * The indices API: the frameworks, the scores of a period for every unit with the ranking (public
 * for the frameworks shown on the public page), the dashboards' tables as CSV or XLSX, a plan's
 * targets, and the evidence files (staff).
 */
@Path("indices")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indices")
public class IndicesResource {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Frameworks frameworks;

    @Inject
    Snapshots snapshots;

    @Inject
    IndexTables tables;

    @Inject
    Units units;

    @Inject
    Plans plans;

    @Inject
    EnteredValues values;

    @Inject
    Attachments attachments;

    @Inject
    Caller caller;

    @Inject
    java.time.Clock clock;

    public record VersionJson(int number, LocalDate effectiveFrom, String note) {}

    public record FrameworkJson(
            String code,
            String nameVi,
            String nameEn,
            String kind,
            double scale,
            boolean publicPage,
            List<VersionJson> versions) {}

    public record ItemJson(
            String code,
            Double numerator,
            Double denominator,
            Double value,
            Double points,
            double maxPoints,
            boolean entered) {}

    public record GroupJson(String code, Double score, double weight, List<ItemJson> items) {}

    public record UnitJson(
            long id,
            String code,
            String name,
            String tier,
            Integer rank,
            Double total,
            Double normalised,
            Map<String, Double> pillars,
            List<GroupJson> groups) {}

    public record ScoresJson(
            String framework,
            String period,
            int version,
            OffsetDateTime computedAt,
            double scale,
            UnitJson province,
            List<UnitJson> departments,
            List<UnitJson> communes) {}

    public record TargetJson(
            long id,
            String text,
            Long ownerId,
            LocalDate deadline,
            String measure,
            String indicator,
            Double target,
            Double reached,
            String status) {}

    public record PlanJson(
            long id,
            String code,
            String name,
            int year,
            int total,
            int met,
            int inProgress,
            int notMet,
            int noMethod,
            List<TargetJson> targets) {}

    @GET
    @Path("frameworks")
    @Operation(
            summary =
                    "The frameworks (the 766 service index, the DTI...) and their versions with the days they took effect")
    public List<FrameworkJson> frameworks() {
        List<FrameworkJson> out = new ArrayList<>();
        for (Frameworks.FrameworkInfo f : frameworks.all()) {
            out.add(new FrameworkJson(
                    f.code(),
                    f.nameVi(),
                    f.nameEn(),
                    f.kind().name(),
                    f.scale(),
                    f.publicPage(),
                    frameworks.versions(f.id()).stream()
                            .map(v -> new VersionJson(v.number(), v.effectiveFrom(), v.note()))
                            .toList()));
        }
        return out;
    }

    @GET
    @Path("frameworks/{code}/csv")
    @Produces("text/csv")
    @Operation(
            summary =
                    "A version of a framework as CSV (the format admins publish new versions in), for staff; the version in force when none is given")
    public Response frameworkCsv(@PathParam("code") String code, @QueryParam("version") Integer number) {
        requireStaff();
        Frameworks.FrameworkInfo f = framework(code);
        Frameworks.VersionInfo v = (number == null
                        ? frameworks.inForce(f.id(), today())
                        : frameworks.versions(f.id()).stream()
                                .filter(x -> x.number() == number)
                                .findFirst())
                .orElseThrow(() -> new IndicesRefusal(404, "not_found", "refusal.noVersion"));
        return Response.ok(
                        ("\uFEFF" + FrameworkCsv.write(frameworks.definition(v.id()))).getBytes(StandardCharsets.UTF_8))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + f.code() + "-v" + v.number() + ".csv\"")
                .build();
    }

    @GET
    @Path("scores/{code}")
    @Operation(
            summary =
                    "A framework's scores for a period (2026, 2026-Q3 or 2026-07; this month by default): the province, the departments and the communes ranked, each with its groups and indicators. Public for frameworks on the public page, else for staff")
    public ScoresJson scores(@PathParam("code") String code, @QueryParam("period") String period) {
        Frameworks.FrameworkInfo f = framework(code);
        if (!f.publicPage()) {
            requireStaff();
        }
        Period p = period(period);
        IndexResult r = snapshots.of(f.code(), p);
        OrgUnitView province = units.province();
        return new ScoresJson(
                f.code(),
                p.toString(),
                r.versionNumber(),
                r.computedAt(),
                f.scale(),
                unit(province, "PROVINCE", null, r.unit(province.id())),
                ranked(r, Units.Tier.DEPARTMENT),
                ranked(r, Units.Tier.COMMUNE));
    }

    @POST
    @Path("scores/{code}/recompute")
    @Operation(
            summary =
                    "Computes a framework's period again now and keeps it as the snapshot (leaders and administrators)")
    public Map<String, Object> recompute(@PathParam("code") String code, @QueryParam("period") String period) {
        if (!caller.signedIn()) {
            throw new IndicesRefusal(401, "unauthorized", "refusal.signIn");
        }
        if (!caller.hasRole(Role.LEADER) && !caller.hasRole(Role.ADMIN)) {
            throw new IndicesRefusal(403, "not_allowed", "refusal.notAllowed");
        }
        Frameworks.FrameworkInfo f = framework(code);
        IndexResult r = snapshots.recompute(f.code(), period(period));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("framework", f.code());
        out.put("period", r.period().toString());
        out.put("version", r.versionNumber());
        out.put("computedAt", r.computedAt().toString());
        out.put("millis", r.millis());
        return out;
    }

    @GET
    @Path("tables/ranking")
    @Produces({"text/csv", XLSX})
    @Operation(
            summary =
                    "The ranking of a tier's units (DEPARTMENT or COMMUNE) for a period as CSV or XLSX (format=csv|xlsx); public for frameworks on the public page")
    public Response ranking(
            @QueryParam("framework") String code,
            @QueryParam("period") String period,
            @QueryParam("tier") String tier,
            @QueryParam("format") String format,
            @HeaderParam("Accept-Language") String language) {
        Frameworks.FrameworkInfo f = framework(code);
        if (!f.publicPage()) {
            requireStaff();
        }
        Units.Tier t;
        try {
            t = Units.Tier.valueOf(tier == null ? "DEPARTMENT" : tier.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IndicesRefusal(400, "invalid", "refusal.badTier");
        }
        return export(
                tables.rankingTable(f.code(), period(period), t, ApiError.language(language)), format, "xep-hang");
    }

    @GET
    @Path("tables/items")
    @Produces({"text/csv", XLSX})
    @Operation(
            summary =
                    "One unit's indicators for a period (numerator, denominator, value, points) as CSV or XLSX, for staff")
    public Response items(
            @QueryParam("framework") String code,
            @QueryParam("period") String period,
            @QueryParam("unit") Long unit,
            @QueryParam("format") String format,
            @HeaderParam("Accept-Language") String language) {
        requireStaff();
        Frameworks.FrameworkInfo f = framework(code);
        long u = unit == null ? units.province().id() : unit;
        return export(tables.itemsTable(f.code(), period(period), u, ApiError.language(language)), format, "chi-tieu");
    }

    @GET
    @Path("tables/records")
    @Produces({"text/csv", XLSX})
    @Operation(
            summary = "The records behind a figure (dossiers.late, feedback.handled_on_time, payments.paid_online,"
                    + " catalogue.fully_online...) for a unit, the units below it and a period, up to 500, as"
                    + " CSV or XLSX, for staff")
    public Response records(
            @QueryParam("framework") String code,
            @QueryParam("period") String period,
            @QueryParam("unit") Long unit,
            @QueryParam("figure") String figure,
            @QueryParam("format") String format,
            @HeaderParam("Accept-Language") String language) {
        requireStaff();
        long u = unit == null ? units.province().id() : unit;
        return export(
                tables.recordsTable(code, period(period), u, figure, ApiError.language(language)), format, "ban-ghi");
    }

    @GET
    @Path("tables/targets")
    @Produces({"text/csv", XLSX})
    @Operation(summary = "A plan's targets with their status now as CSV or XLSX, for staff")
    public Response targetsTable(
            @QueryParam("plan") Long plan,
            @QueryParam("format") String format,
            @HeaderParam("Accept-Language") String language) {
        requireStaff();
        return export(tables.targetsTable(plan(plan).id(), ApiError.language(language)), format, "chi-tieu-ke-hoach");
    }

    @GET
    @Path("plans")
    @Operation(summary = "The plans with their targets and each target's status now, for staff")
    public List<PlanJson> plans() {
        requireStaff();
        List<PlanJson> out = new ArrayList<>();
        for (Plans.Plan p : plans.plans()) {
            out.add(plan(p));
        }
        return out;
    }

    @GET
    @Path("plans/{id}")
    @Operation(summary = "One plan with its targets, their status now and the headline counts, for staff")
    public PlanJson planById(@PathParam("id") String id) {
        requireStaff();
        return plan(plan(number(id)));
    }

    @GET
    @Path("evidence/{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "An evidence file of an entered value (file=the file's id), for staff")
    public Response evidence(@PathParam("id") String id, @QueryParam("file") String file) {
        requireStaff();
        UUID fileId;
        try {
            fileId = UUID.fromString(file == null ? "" : file);
        } catch (IllegalArgumentException e) {
            throw new IndicesRefusal(404, "not_found", "refusal.noFile");
        }
        EnteredValues.Evidence ev = values.evidenceFile(number(id), fileId)
                .orElseThrow(() -> new IndicesRefusal(404, "not_found", "refusal.noFile"));
        return file(ev.id(), ev.fileName());
    }

    @GET
    @Path("targets/{id}/evidence")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The evidence file of a plan target's reported status, for staff")
    public Response targetEvidence(@PathParam("id") String id) {
        requireStaff();
        PlanTarget t = plans.target(number(id))
                .filter(x -> x.getEvidenceId() != null)
                .orElseThrow(() -> new IndicesRefusal(404, "not_found", "refusal.noFile"));
        return file(t.getEvidenceId(), t.getEvidenceName());
    }

    private Response file(UUID id, String name) {
        Attachments.StoredFile stored =
                attachments.find(id).orElseThrow(() -> new IndicesRefusal(404, "not_found", "refusal.noFile"));
        byte[] content =
                attachments.content(id).orElseThrow(() -> new IndicesRefusal(404, "not_found", "refusal.noFile"));
        return Response.ok(content)
                .type(stored.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + safe(name) + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    static String safe(String name) {
        String n = name == null ? "tep" : name.replaceAll("[^A-Za-z0-9._-]", "_");
        return n.isEmpty() ? "tep" : n;
    }

    private PlanJson plan(Plans.Plan p) {
        List<Plans.Target> ts = plans.targets(p.id());
        Plans.Summary s = Plans.summary(ts);
        return new PlanJson(
                p.id(),
                p.code(),
                p.name(),
                p.year(),
                s.getTotal(),
                s.getMet(),
                s.getInProgress(),
                s.getNotMet(),
                s.getNoMethod(),
                ts.stream()
                        .map(t -> new TargetJson(
                                t.target().getId(),
                                t.target().getText(),
                                t.target().getOwnerId(),
                                t.target().getDeadline(),
                                t.target().getMeasure().name(),
                                t.target().getIndicatorCode() == null
                                        ? null
                                        : t.target().getFrameworkCode() + "/"
                                                + t.target().getIndicatorCode(),
                                t.target().getTargetValue() == null
                                        ? null
                                        : t.target().getTargetValue().doubleValue(),
                                t.reached(),
                                t.status().name()))
                        .toList());
    }

    private Plans.Plan plan(Long id) {
        return plans.plans().stream()
                .filter(p -> id == null || p.id() == id)
                .findFirst()
                .orElseThrow(() -> new IndicesRefusal(404, "not_found", "refusal.noPlan"));
    }

    private List<UnitJson> ranked(IndexResult r, Units.Tier tier) {
        return tables.ranking(r, tier).stream()
                .map(x -> unit(x.unit(), tier.name(), x.rank(), r.unit(x.unit().id())))
                .toList();
    }

    private static UnitJson unit(OrgUnitView u, String tier, Integer rank, IndexResult.UnitResult r) {
        Scorecard.UnitScore s = r == null ? null : r.score();
        return new UnitJson(
                u.id(),
                u.code(),
                u.name(),
                tier,
                rank,
                s == null ? null : s.total(),
                s == null ? null : s.normalised(),
                s == null ? Map.of() : s.pillars(),
                s == null
                        ? List.of()
                        : s.groups().stream()
                                .map(g -> new GroupJson(
                                        g.code(),
                                        g.score(),
                                        g.weight(),
                                        g.items().stream()
                                                .map(i -> new ItemJson(
                                                        i.code(),
                                                        i.numerator(),
                                                        i.denominator(),
                                                        i.value(),
                                                        i.points(),
                                                        i.maxPoints(),
                                                        i.entered()))
                                                .toList()))
                                .toList());
    }

    private Response export(TableExport.Table table, String format, String name) {
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        if (!xlsx && format != null && !format.isBlank() && !"csv".equalsIgnoreCase(format)) {
            throw new IndicesRefusal(400, "invalid", "refusal.badFormat");
        }
        return Response.ok(xlsx ? TableExport.xlsx(table) : TableExport.csv(table))
                .type(xlsx ? XLSX : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + (xlsx ? ".xlsx" : ".csv") + "\"")
                .build();
    }

    private Frameworks.FrameworkInfo framework(String code) {
        return frameworks
                .byCode(code == null ? "" : code)
                .orElseThrow(() -> new IndicesRefusal(404, "not_found", "refusal.noFramework"));
    }

    private Period period(String code) {
        if (code == null || code.isBlank()) {
            return Period.of(PeriodType.MONTH, today());
        }
        try {
            return Period.parse(code);
        } catch (IllegalArgumentException e) {
            throw new IndicesRefusal(400, "invalid", "refusal.badPeriod");
        }
    }

    private static long number(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new IndicesRefusal(404, "not_found", "refusal.notFound");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(VietnameseDates.ZONE));
    }

    private void requireStaff() {
        if (!caller.signedIn()) {
            throw new IndicesRefusal(401, "unauthorized", "refusal.signIn");
        }
        if (!caller.hasRole(Role.OFFICER) && !caller.hasRole(Role.LEADER) && !caller.hasRole(Role.ADMIN)) {
            throw new IndicesRefusal(403, "not_allowed", "refusal.notStaff");
        }
    }
}
