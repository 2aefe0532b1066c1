package vn.egov.feedback.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import vn.egov.feedback.TooManyReports;
import vn.egov.kernel.api.ApiError;

/** A flood refusal in the platform's REST error format, with when to try again (Retry-After). */
@Provider
public class FeedbackApiErrors implements ExceptionMapper<TooManyReports> {
    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(TooManyReports flood) {
        Locale locale = ApiError.language(headers);
        return Response.fromResponse(
                        ApiError.response(Response.Status.TOO_MANY_REQUESTS, flood.code(), flood.message(locale), null))
                .header("Retry-After", flood.retryAfterMinutes() * 60)
                .build();
    }
}
