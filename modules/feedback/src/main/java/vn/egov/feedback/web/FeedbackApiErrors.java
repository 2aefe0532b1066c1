package vn.egov.feedback.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.egov.feedback.FeedbackRefusal;
import vn.egov.feedback.TooManyReports;
import vn.egov.kernel.api.ApiError;

/** The feedback module's refusals in the platform's REST error format, with their own status codes. */
@Provider
public class FeedbackApiErrors implements ExceptionMapper<FeedbackRefusal> {

    @Override
    public Response toResponse(FeedbackRefusal refusal) {
        Response response = ApiError.response(Response.Status.fromStatusCode(refusal.httpStatus()), refusal.code(),
            refusal.getMessage(), null);
        if (refusal instanceof TooManyReports flood) {
            return Response.fromResponse(response).header("Retry-After", flood.retryAfterMinutes() * 60).build();
        }
        return response;
    }
}
