package vn.egov.feedback.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import java.util.UUID;
import vn.egov.feedback.ReportQueries;
import vn.egov.feedback.StaffScope;
import vn.egov.feedback.domain.FeedbackReport;
import vn.egov.kernel.api.Attachments;

/**
 * A report's photo for the staff who may see the report ({@code /office/} is for staff only):
 * {@code /office/feedback/photo?code=PA-...&id=uuid}. A photo is served only through a report it
 * belongs to, so knowing a file's id is not enough to read it.
 */
@WebServlet("/office/feedback/photo")
public class ReportPhotos extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportQueries queries;

    @Inject
    transient StaffScope scope;

    @Inject
    transient Attachments attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Principal caller = request.getUserPrincipal();
        UUID id;
        try {
            id = UUID.fromString(String.valueOf(request.getParameter("id")));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<FeedbackReport> report =
                Optional.ofNullable(request.getParameter("code")).flatMap(queries::byCode);
        if (caller == null || report.isEmpty() || !report.get().getPhotoIds().contains(id)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!scope.canView(caller.getName(), report.get())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Optional<Attachments.StoredFile> file = attachments.find(id);
        Optional<byte[]> content = file.flatMap(f -> attachments.content(f.id()));
        if (content.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.get().contentType());
        response.setContentLength(content.get().length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setHeader("Content-Disposition", "inline");
        response.getOutputStream().write(content.get());
    }
}
