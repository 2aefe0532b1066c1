package vn.egov.feedback.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.egov.feedback.domain.IllegalStep;
import vn.egov.kernel.api.ApiError;

/** A step the report's procedure does not allow now answers 409 Conflict. */
@Provider
public class IllegalStepErrors implements ExceptionMapper<IllegalStep> {

    @Override
    public Response toResponse(IllegalStep step) {
        return ApiError.response(Response.Status.CONFLICT, "illegal_step", step.getMessage(), null);
    }
}
