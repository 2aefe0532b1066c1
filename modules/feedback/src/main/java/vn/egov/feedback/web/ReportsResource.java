package vn.egov.feedback.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.feedback.CitizenActions;
import vn.egov.feedback.FeedbackRefusal;
import vn.egov.feedback.ReportIntake;
import vn.egov.feedback.ReportNotFound;
import vn.egov.feedback.ReportQueries;
import vn.egov.feedback.domain.Category;
import vn.egov.feedback.domain.Channel;
import vn.egov.feedback.domain.FeedbackReport;
import vn.egov.feedback.domain.Rating;
import vn.egov.feedback.domain.ReportDraft;
import vn.egov.feedback.web.ReportJson.CategoryView;
import vn.egov.feedback.web.ReportJson.NewReport;
import vn.egov.feedback.web.ReportJson.RatingRequest;
import vn.egov.feedback.web.ReportJson.ReopenRequest;
import vn.egov.feedback.web.ReportJson.ReportView;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.helpers.ClientAddress;
import vn.egov.kernel.api.helpers.InputText;
import vn.egov.kernel.api.helpers.PublicAddress;

/**
 * The feedback API for the mobile app: categories, sending a report (JSON, or multipart with
 * photos), the caller's own reports, a report by tracking code, rating and reopening.
 */
@Path("feedback")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback")
public class ReportsResource {
    @Inject
    ReportIntake intake;

    @Inject
    ReportQueries queries;

    @Inject
    CitizenActions citizen;

    @Inject
    vn.egov.kernel.api.Caller caller;

    @Context
    HttpServletRequest request;

    @Inject
    PublicAddress address;

    @GET
    @Path("categories")
    @Operation(summary = "The categories a report can be filed under")
    public List<CategoryView> categories() {
        List<Category> all = queries.activeCategories();
        Map<Long, String> codes = all.stream().collect(Collectors.toMap(Category::getId, Category::getCode));
        return all.stream()
                .map(c -> new CategoryView(
                        c.getCode(), c.getNameVi(), c.getNameEn(), codes.get(c.getParentId()), c.getSlaWorkingDays()))
                .toList();
    }

    @POST
    @Path("reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Send a report",
            description = "Photos are attachment ids from POST /api/v1/attachments. "
                    + "Answers 201 with the tracking code; 400 with fields for bad input; 429 for a flood.")
    public Response create(NewReport report) {
        if (report == null) {
            throw new BadRequestException("Thiếu nội dung phản ánh.");
        }
        ReportDraft draft = report.draft();
        return created(intake.submit(draft, Channel.MOBILE, username(), ClientAddress.of(request)), draft);
    }

    @POST
    @Path("reports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "Send a report with photos",
            description = "Part \"report\": the report as JSON; parts \"photo\": "
                    + "up to 5 JPEG or PNG files. Nothing is kept if anything is refused.")
    public Response createWithPhotos(List<EntityPart> parts) throws IOException {
        NewReport report = null;
        List<ReportIntake.Photo> photos = new ArrayList<>();
        for (EntityPart part : parts) {
            if ("report".equals(part.getName())) {
                try (Jsonb jsonb = JsonbBuilder.create()) {
                    report = jsonb.fromJson(InputText.json(part.getContent(String.class)), NewReport.class);
                } catch (JsonbException e) {
                    throw FieldErrors.of("report", Message.of(FeedbackRefusal.BUNDLE, "api.reportNotJson"));
                } catch (FieldErrors refused) {
                    throw refused;
                } catch (Exception e) {
                    throw new IOException(e);
                }
            } else if ("photo".equals(part.getName())) {
                photos.add(new ReportIntake.Photo(part.getFileName().orElse("anh"), part.getContent(byte[].class)));
            }
        }
        if (report == null) {
            throw FieldErrors.of("report", Message.of(FeedbackRefusal.BUNDLE, "api.reportMissing"));
        }
        ReportDraft draft = report.draft();
        return created(intake.submit(draft, photos, Channel.MOBILE, username(), ClientAddress.of(request)), draft);
    }

    @GET
    @Path("reports/mine")
    @Operation(summary = "The signed-in citizen's reports, newest first")
    public List<ReportView> mine() {
        String username = username();
        if (username == null) {
            throw new NotAuthorizedException("Bearer");
        }
        return queries.ofCitizen(username).stream().map(this::view).toList();
    }

    @GET
    @Path("reports/{code}")
    @Operation(summary = "A report by its tracking code: status, public timeline, answer")
    public ReportView byCode(@PathParam("code") String code) {
        return view(queries.byCode(code).orElseThrow(() -> new ReportNotFound(code)));
    }

    @POST
    @Path("reports/{code}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Rate the answer: SATISFIED or NOT_SATISFIED",
            description =
                    "Only the sender: the account "
                            + "that sent the report (bearer token), or senderKey from the answer to the submission. 403 otherwise.")
    public ReportView rate(@PathParam("code") String code, RatingRequest rating) {
        Rating verdict;
        try {
            verdict = Rating.valueOf(
                    rating == null || rating.rating() == null
                            ? ""
                            : rating.rating().strip());
        } catch (IllegalArgumentException e) {
            throw FieldErrors.of("rating", Message.of(FeedbackRefusal.BUNDLE, "api.rating"));
        }
        citizen.rate(
                queries.byCode(code).orElseThrow(() -> new ReportNotFound(code)).getTrackingCode(),
                verdict,
                new CitizenActions.Sender(username(), rating.senderKey()));
        return byCode(code);
    }

    @POST
    @Path("reports/{code}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Reopen an answered report within the allowed days, with a reason",
            description = "Only the " + "sender, as for a rating.")
    public ReportView reopen(@PathParam("code") String code, ReopenRequest reopen) {
        citizen.reopen(
                queries.byCode(code).orElseThrow(() -> new ReportNotFound(code)).getTrackingCode(),
                reopen == null ? null : reopen.reason(),
                new CitizenActions.Sender(username(), reopen == null ? null : reopen.senderKey()));
        return byCode(code);
    }

    /** The stored report, at its address on the configured public URL (not the Host header); its category is the one the draft named, which the intake found by that code. */
    private Response created(FeedbackReport report, ReportDraft draft) {
        return Response.created(java.net.URI.create(address.of("api/v1/feedback/reports/" + report.getTrackingCode())))
                .entity(ReportView.of(report, draft.categoryCode().strip()))
                .build();
    }

    private ReportView view(FeedbackReport report) {
        return ReportView.of(
                report,
                queries.category(report.getCategoryId()).map(Category::getCode).orElse(null));
    }

    private String username() {
        return caller.username();
    }
}
