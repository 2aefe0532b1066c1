package vn.egov.kernel.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.kernel.KernelRefusal;
import vn.egov.kernel.api.ApiError;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.security.ApiTokens;

/** Exchanges a user name and password for a bearer token (OAuth 2 style response). */
@Path("auth/token")
@RequestScoped
@Tag(name = "Authentication")
public class TokenResource {
    @Inject
    ApiTokens tokens;

    public record Credentials(String username, String password) {}

    public record TokenResponse(String access_token, String token_type, long expires_in, String username) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get a bearer token", description = "Wrong credentials and locked accounts answer alike: 401.")
    public Response token(Credentials credentials, @Context HttpHeaders headers) {
        Locale language = ApiError.language(headers);
        if (credentials == null || credentials.username() == null || credentials.password() == null) {
            return ApiError.response(
                    Response.Status.BAD_REQUEST,
                    "invalid_request",
                    Message.text(language, KernelRefusal.BUNDLE, "api.credentialsRequired"),
                    null);
        }
        return tokens.issue(credentials.username(), credentials.password())
                .map(t -> Response.ok(new TokenResponse(
                                t.token(),
                                "Bearer",
                                t.expiresInSeconds(),
                                t.caller().name()))
                        .build())
                .orElseGet(() -> ApiError.response(
                        Response.Status.UNAUTHORIZED,
                        "invalid_grant",
                        Message.text(language, KernelRefusal.BUNDLE, "login.failed"),
                        null));
    }
}
