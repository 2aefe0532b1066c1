package vn.egov.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The platform's JSON API; each module contributes resources. The OpenAPI document is at /openapi. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Digital-government platform API",
                        version = "1",
                        description =
                                "Bearer tokens come from POST /api/v1/auth/token. Errors answer as {error, message, fields}."))
public class RestApplication extends Application {}
