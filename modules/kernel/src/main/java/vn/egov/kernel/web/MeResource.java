package vn.egov.kernel.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.kernel.KernelRefusal;
import vn.egov.kernel.api.ApiError;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Organisation;
import vn.egov.kernel.api.Role;

/** Who the bearer of the token is, with roles and agencies. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
public class MeResource {
    @Inject
    SecurityContext security;

    @Inject
    Organisation organisation;

    public record Me(String username, List<String> roles, List<Organisation.AgencyRole> agencies) {}

    @GET
    @Operation(summary = "The signed-in account", description = "Needs Authorization: Bearer <token>.")
    public Response me(@Context HttpHeaders headers) {
        if (security.getCallerPrincipal() == null) {
            return ApiError.response(
                    Response.Status.UNAUTHORIZED,
                    "unauthorized",
                    Message.text(ApiError.language(headers), KernelRefusal.BUNDLE, "api.signInRequired"),
                    null);
        }
        String name = security.getCallerPrincipal().getName();
        List<String> roles = Arrays.stream(Role.values())
                .map(Role::name)
                .filter(security::isCallerInRole)
                .toList();
        return Response.ok(new Me(name, roles, organisation.agenciesOf(name))).build();
    }
}
