package vn.egov.kernel.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.egov.kernel.api.ApiError;
import vn.egov.kernel.api.Refusal;

/** Every failure of the REST API answers in {@link ApiError} form; no stack trace leaves the server. */
@Provider
public class ApiExceptions implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ApiExceptions.class.getName());

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof Refusal refusal) {
            Locale locale = ApiError.language(headers);
            Map<String, String> fields = refusal.fields(locale);
            return ApiError.response(
                    Response.Status.fromStatusCode(refusal.status()),
                    refusal.code(),
                    refusal.message(locale),
                    fields.isEmpty() ? null : fields);
        }
        if (e instanceof WebApplicationException web) {
            Response.Status status =
                    Response.Status.fromStatusCode(web.getResponse().getStatus());
            return ApiError.response(
                    status == null ? Response.Status.BAD_REQUEST : status,
                    status == null ? "error" : status.name().toLowerCase(),
                    web.getMessage(),
                    null);
        }
        if (malformedBody(e)) {
            return ApiError.response(
                    Response.Status.BAD_REQUEST,
                    "malformed_body",
                    "Nội dung yêu cầu không phải JSON hợp lệ hoặc sai kiểu dữ liệu.",
                    null);
        }
        if (e instanceof IllegalArgumentException) {
            return ApiError.response(Response.Status.BAD_REQUEST, "bad_request", e.getMessage(), null);
        }
        LOG.log(Level.SEVERE, "Unhandled error in the REST API", e);
        return ApiError.response(
                Response.Status.INTERNAL_SERVER_ERROR, "server_error", "Hệ thống gặp sự cố khi xử lý yêu cầu.", null);
    }

    /** A request body the JSON reader could not turn into the expected object. */
    static boolean malformedBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.json.JsonException || t instanceof jakarta.json.bind.JsonbException) {
                return true;
            }
        }
        return false;
    }
}
