package vn.egov.feedback.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.feedback.FeedbackModule;
import vn.egov.feedback.FeedbackRefusal;
import vn.egov.feedback.Partner;
import vn.egov.feedback.ReportIntake;
import vn.egov.feedback.ReportQueries;
import vn.egov.feedback.domain.Category;
import vn.egov.feedback.domain.FeedbackReport;
import vn.egov.feedback.domain.ReportDraft;
import vn.egov.feedback.domain.ReportStatus;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.Organisation;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.api.helpers.ClientAddress;
import vn.egov.kernel.api.helpers.VietnameseDates;

/**
 * Open311 GeoReport v2 (served at /open311/v2): services are the feedback categories, requests
 * are reports. Every answer comes as .json or .xml, errors in the standard's own format.
 */
@Path("open311/v2")
@RequestScoped
@Tag(name = "Open311 GeoReport v2")
public class Open311Resource {
    private static final String FORMAT = "{format: json|xml}";

    @Inject
    Clock clock;

    @Inject
    ReportQueries queries;

    @Inject
    ReportIntake intake;

    @Inject
    Settings settings;

    @Inject
    Organisation organisation;

    @Context
    HttpServletRequest request;

    @GET
    @Path("services." + FORMAT)
    @Operation(summary = "Service list: the feedback categories")
    public Response services(@PathParam("format") String format) {
        List<Map<String, Object>> services =
                queries.activeCategories().stream().map(this::service).toList();
        return ok(format, Open311Document.render(format, "services", "service", services));
    }

    @GET
    @Path("services/{code}." + FORMAT)
    @Operation(summary = "Service definition (no extra attributes: metadata is false for every service)")
    public Response definition(@PathParam("code") String code, @PathParam("format") String format) {
        Category category = category(code);
        if (category == null) {
            return error(format, 404, "Không có dịch vụ (lĩnh vực) mã " + code + ".");
        }
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", category.getCode());
        definition.put("attributes", List.of());
        String body = "xml".equals(format)
                ? Open311Document.xml("service_definition", null, List.of(definition))
                : Open311Document.object(definition).build().toString();
        return ok(format, body);
    }

    @POST
    @Path("requests." + FORMAT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(
            summary = "Create a service request (needs api_key)",
            description = "A url-encoded form, as GeoReport v2 " + "says; any other body answers 415.")
    public Response create(
            @PathParam("format") String format,
            @FormParam("api_key") String apiKey,
            @FormParam("service_code") String serviceCode,
            @FormParam("lat") String lat,
            @FormParam("long") String lon,
            @FormParam("address_string") String address,
            @FormParam("description") String description,
            @FormParam("email") String email,
            @FormParam("first_name") String firstName,
            @FormParam("last_name") String lastName,
            @FormParam("phone") String phone) {
        java.util.Optional<Partner> partner = Partner.withKey(
                settings.text(FeedbackModule.OPEN311_API_KEYS),
                apiKey,
                settings.integer(FeedbackModule.FLOOD_PARTNER_REFUSE_AFTER));
        if (partner.isEmpty()) {
            return error(format, 403, "api_key không hợp lệ.");
        }
        if (serviceCode == null || category(serviceCode) == null) {
            return error(format, 400, "service_code không hợp lệ: " + serviceCode);
        }
        Double latitude;
        Double longitude;
        try {
            latitude = lat == null || lat.isBlank() ? null : Double.valueOf(lat.strip());
            longitude = lon == null || lon.isBlank() ? null : Double.valueOf(lon.strip());
        } catch (NumberFormatException e) {
            return error(format, 400, "lat và long phải là số thập phân.");
        }
        if (latitude == null && (address == null || address.isBlank())) {
            return error(format, 400, "Cần vị trí: lat và long, hoặc address_string.");
        }
        String name = ((firstName == null ? "" : firstName.strip()) + " " + (lastName == null ? "" : lastName.strip()))
                .strip();
        ReportDraft draft = new ReportDraft(
                serviceCode.strip(),
                titleOf(description),
                description,
                address,
                null,
                latitude,
                longitude,
                name.isEmpty(),
                name.isEmpty() ? null : name,
                phone,
                email,
                true,
                List.of());
        FeedbackReport report;
        try {
            report = intake.submitFromPartner(draft, partner.get(), ClientAddress.of(request));
        } catch (FieldErrors errors) {
            return error(
                    format,
                    400,
                    errors.byField().entrySet().stream()
                            .map(e -> open311Field(e.getKey()) + ": " + e.getValue())
                            .reduce((a, b) -> a + " " + b)
                            .orElse(""));
        } catch (FeedbackRefusal refusal) {
            return error(format, refusal.status(), refusal.getMessage());
        }
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("service_request_id", report.getTrackingCode());
        created.put("service_notice", "Đã tiếp nhận. Tra cứu bằng mã " + report.getTrackingCode() + ".");
        created.put("account_id", null);
        return ok(format, Open311Document.render(format, "service_requests", "request", List.of(created)));
    }

    @GET
    @Path("requests." + FORMAT)
    @Operation(
            summary =
                    "Requests: by ids, or the published ones filtered by service, dates and status (90 days, 1000 at most)")
    public Response list(
            @PathParam("format") String format,
            @QueryParam("service_request_id") String ids,
            @QueryParam("service_code") String serviceCode,
            @QueryParam("start_date") String start,
            @QueryParam("end_date") String end,
            @QueryParam("status") String status) {
        List<FeedbackReport> reports;
        if (ids != null && !ids.isBlank()) {
            reports = Arrays.stream(ids.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .limit(100)
                    .flatMap(id -> queries.byCode(id).stream())
                    .toList();
        } else {
            OffsetDateTime from;
            OffsetDateTime to;
            try {
                to = end == null || end.isBlank() ? OffsetDateTime.now(clock) : OffsetDateTime.parse(end.strip());
                from = start == null || start.isBlank() ? to.minusDays(90) : OffsetDateTime.parse(start.strip());
            } catch (DateTimeParseException e) {
                return error(format, 400, "start_date và end_date theo ISO 8601, ví dụ 2026-11-01T00:00:00+07:00.");
            }
            if (status != null && !status.isBlank() && !status.matches("(open|closed)(,(open|closed))?")) {
                return error(format, 400, "status là open hoặc closed.");
            }
            Category category = serviceCode == null || serviceCode.isBlank() ? null : category(serviceCode);
            if (serviceCode != null && !serviceCode.isBlank() && category == null) {
                return error(format, 400, "service_code không hợp lệ: " + serviceCode);
            }
            reports = queries.open311(category == null ? null : category.getId(), from, to, status, 1000);
        }
        return ok(
                format,
                Open311Document.render(
                        format,
                        "service_requests",
                        "request",
                        reports.stream().map(this::request).toList()));
    }

    @GET
    @Path("requests/{id}." + FORMAT)
    @Operation(summary = "One request by its id (the tracking code)")
    public Response one(@PathParam("id") String id, @PathParam("format") String format) {
        return queries.byCode(id)
                .map(r ->
                        ok(format, Open311Document.render(format, "service_requests", "request", List.of(request(r)))))
                .orElseGet(() -> error(format, 404, "Không có yêu cầu mã " + id + "."));
    }

    @GET
    @Path("tokens/{token}." + FORMAT)
    @Operation(summary = "The request id for a token; ids are given at once, so a token is the id itself")
    public Response token(@PathParam("token") String token, @PathParam("format") String format) {
        return queries.byCode(token)
                .map(r -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("service_request_id", r.getTrackingCode());
                    row.put("token", r.getTrackingCode());
                    return ok(format, Open311Document.render(format, "service_requests", "request", List.of(row)));
                })
                .orElseGet(() -> error(format, 404, "Không có token " + token + "."));
    }

    private Map<String, Object> service(Category c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("service_code", c.getCode());
        row.put("service_name", c.getNameVi());
        row.put("description", c.getDescriptionVi() == null ? c.getNameEn() : c.getDescriptionVi());
        row.put("metadata", false);
        row.put("type", "realtime");
        row.put("keywords", c.getNameEn());
        row.put(
                "group",
                c.getParentId() == null
                        ? c.getNameVi()
                        : queries.category(c.getParentId())
                                .map(Category::getNameVi)
                                .orElse(""));
        return row;
    }

    private Map<String, Object> request(FeedbackReport r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("service_request_id", r.getTrackingCode());
        row.put("status", r.getStatus().open() || r.getStatus() == ReportStatus.HELD ? "open" : "closed");
        row.put("status_notes", r.getStatus().answered() ? r.getAnswer() : r.getRejectionReason());
        Category category = queries.category(r.getCategoryId()).orElse(null);
        row.put("service_name", category == null ? null : category.getNameVi());
        row.put("service_code", category == null ? null : category.getCode());
        row.put("description", r.shownDescription());
        row.put("agency_responsible", r.getAgencyId() == null ? null : organisationName(r.getAgencyId()));
        row.put("service_notice", null);
        row.put("requested_datetime", ReportJson.vietnam(r.getReceivedAt()));
        // the latest of the moments kept on the report itself, so a list costs one query
        row.put(
                "updated_datetime",
                ReportJson.vietnam(
                        r.getClosedAt() != null
                                ? r.getClosedAt()
                                : r.getPublishedAt() != null ? r.getPublishedAt() : r.getReceivedAt()));
        row.put(
                "expected_datetime",
                r.getDeadline() == null
                        ? null
                        : ReportJson.vietnam(r.getDeadline()
                                .atTime(17, 0)
                                .atZone(VietnameseDates.ZONE)
                                .toOffsetDateTime()));
        row.put("address", r.getAddress());
        row.put("address_id", null);
        row.put("zipcode", null);
        row.put("lat", r.getLatitude());
        row.put("long", r.getLongitude());
        row.put("media_url", null);
        return row;
    }

    private String organisationName(Long id) {
        return organisation.unit(id).map(OrgUnitView::name).orElse(null);
    }

    private Category category(String code) {
        return queries.activeCategories().stream()
                .filter(c -> c.getCode().equalsIgnoreCase(code.strip()))
                .findFirst()
                .orElse(null);
    }

    /** A title from the first words of the description, as Open311 requests carry none. */
    static String titleOf(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        String text = description.strip().replaceAll("\\s+", " ");
        int end = text.length() <= 80 ? text.length() : Math.max(text.lastIndexOf(' ', 80), 40);
        String title = text.substring(0, end).replaceAll("[.,;:!?]+$", "");
        return title.length() < ReportDraft.TITLE_MIN ? "Phản ánh: " + title : title;
    }

    private static String open311Field(String field) {
        return switch (field) {
            case "location" -> "lat/long";
            case "contactPhone" -> "phone";
            case "contactEmail" -> "email";
            case "contactName" -> "first_name";
            case "category" -> "service_code";
            default -> field;
        };
    }

    private static Response ok(String format, String body) {
        return Response.ok(body, mediaType(format)).build();
    }

    static Response error(String format, int status, String description) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", status);
        error.put("description", description);
        return Response.status(status)
                .type(mediaType(format))
                .entity(Open311Document.render(format, "errors", "error", List.of(error)))
                .build();
    }

    private static MediaType mediaType(String format) {
        return "xml".equals(format)
                ? MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8")
                : MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");
    }
}
