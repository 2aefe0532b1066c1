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
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Refusal;

/** Every failure of the REST API answers in {@link ApiError} form; no stack trace leaves the server. */
@Provider
public class ApiExceptions implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ApiExceptions.class.getName());

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        Locale language = ApiError.language(headers);
        if (DatabaseOutage.isOutage(e)) {
            LOG.warning("Database unavailable: REST request answered 503");
            Response answer = ApiError.response(
                    Response.Status.SERVICE_UNAVAILABLE, "service_unavailable", unavailableMessage(language), null);
            answer.getHeaders().putSingle("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS);
            return answer;
        }
        if (e instanceof Refusal refusal) {
            Locale locale = language;
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
                    Message.text(language, Messages.BUNDLE, "api.malformedBody"),
                    null);
        }
        if (e instanceof IllegalArgumentException) {
            return ApiError.response(Response.Status.BAD_REQUEST, "bad_request", e.getMessage(), null);
        }
        LOG.log(Level.SEVERE, "Unhandled error in the REST API", e);
        return ApiError.response(
                Response.Status.INTERNAL_SERVER_ERROR,
                "server_error",
                Message.text(language, Messages.BUNDLE, "api.serverError"),
                null);
    }

    /** "The database is unavailable, try again", in English when the caller asks for it, else Vietnamese. */
    static String unavailableMessage(Locale requested) {
        Locale language =
                requested != null && requested.getLanguage().equals("en") ? Locale.ENGLISH : Message.VIETNAMESE;
        return Message.text(language, Messages.BUNDLE, "api.unavailable");
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
