package vn.egov.kernel.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.kernel.KernelModule;
import vn.egov.kernel.KernelRefusal;
import vn.egov.kernel.api.ApiError;
import vn.egov.kernel.api.Attachments;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Settings;

/**
 * Upload of one file to the shared attachment store (photos of a feedback report, scans of a
 * dossier): the raw bytes in the body, the file name in {@code ?name=}. Signed-in users only.
 */
@Path("attachments")
@RequestScoped
@Tag(name = "Attachments")
public class AttachmentResource {
    @Inject
    SecurityContext security;

    @Inject
    Attachments attachments;

    @Inject
    Settings settings;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Store a file",
            description = "Checked by size and by its real content type; " + "refusals answer 400 with fields.file.")
    public Response upload(@QueryParam("name") String name, InputStream body, @Context HttpHeaders headers)
            throws IOException {
        if (security.getCallerPrincipal() == null) {
            return ApiError.response(
                    Response.Status.UNAUTHORIZED,
                    "unauthorized",
                    Message.text(ApiError.language(headers), KernelRefusal.BUNDLE, "api.signInRequired"),
                    null);
        }
        long max = settings.integer(KernelModule.ATTACHMENT_MAX_BYTES);
        // read at most one byte more than allowed, so an oversize upload is refused without filling memory
        byte[] content = body == null ? new byte[0] : body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (content.length > max) {
            // discard (a bounded amount of) the rest, so that the client reads the refusal instead of a reset
            discard(body, 4 * max);
        }
        if (name == null || name.isBlank()) {
            throw FieldErrors.of("name", KernelRefusal.text("attachment.nameRequired"));
        }
        Attachments.StoredFile stored = attachments.store(name, content);
        return Response.status(Response.Status.CREATED).entity(stored).build();
    }

    private static void discard(InputStream body, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = limit;
        int n;
        while (left > 0 && (n = body.read(buffer)) != -1) {
            left -= n;
        }
    }
}
