package vn.egov.kernel.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.kernel.KernelRefusal;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.Organisation;

/** The organisation tree, public reference data. */
@Path("org-units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation")
public class OrgUnitResource {
    @Inject
    Organisation organisation;

    @GET
    @Operation(summary = "Units under a parent", description = "Without parent: the top of the tree.")
    public List<OrgUnitView> children(@QueryParam("parent") Long parent) {
        return organisation.children(parent);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One unit")
    public OrgUnitView unit(@PathParam("id") Long id) {
        return organisation.unit(id).orElseThrow(() -> KernelRefusal.notFound("org.unitNotFound", String.valueOf(id)));
    }
}
