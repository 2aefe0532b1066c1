package vn.egov.kernel.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** The error body of every module's REST API: a machine code, a Vietnamese message, and per-field messages where useful. */
public record ApiError(String error, String message, Map<String, String> fields) {

    public static Response response(Response.Status status, String error, String message, Map<String, String> fields) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
            .entity(new ApiError(error, message, fields)).build();
    }
}
