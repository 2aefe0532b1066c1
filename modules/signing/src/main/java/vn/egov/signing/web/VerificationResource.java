package vn.egov.signing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.kernel.api.ApiError;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.api.helpers.PageMessages;
import vn.egov.signing.SigningAuthority;
import vn.egov.signing.SigningModule;
import vn.egov.signing.api.SignatureVerification;

/**
 * Public verification of signed PDFs, and the built-in CA's root certificate and revocation
 * list for outside verifiers. No login: anyone holding a document may check it.
 */
@Path("signing")
@RequestScoped
@Tag(name = "Signing")
public class VerificationResource {
    @Inject
    SignatureVerification verification;

    @Inject
    SigningAuthority authority;

    @Inject
    Settings settings;

    @POST
    @Path("verifications")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Verify the signatures of a PDF",
            description =
                    "The PDF is the request body. An unknown CA "
                            + "gives trust UNTRUSTED, not an error; a file that is not a readable PDF answers 400, an oversize one 413.")
    public Response verify(InputStream body, @Context HttpHeaders headers) throws IOException {
        Locale language = ApiError.language(headers);
        int max = settings.integer(SigningModule.VERIFY_MAX_BYTES);
        byte[] pdf = body == null ? new byte[0] : body.readNBytes(max + 1);
        if (pdf.length > max) {
            return ApiError.response(
                    Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "too_large",
                    text(language, "document.TOO_LARGE", max / (1024 * 1024)),
                    null);
        }
        try {
            return Response.ok(VerificationJson.of(verification.verify(pdf))).build();
        } catch (IllegalArgumentException refused) {
            return ApiError.response(
                    Response.Status.BAD_REQUEST, "invalid_document", text(language, refused.getMessage()), null);
        }
    }

    @GET
    @Path("ca.cer")
    @Produces("application/pkix-cert")
    @Operation(summary = "The built-in CA's root certificate (DER), to trust it in outside verifiers")
    public Response root() throws CertificateEncodingException {
        var anchors = authority.authority();
        if (anchors.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return Response.ok(anchors.get().keys().root().getEncoded())
                .header("Content-Disposition", "attachment; filename=\"ca.cer\"")
                .build();
    }

    @GET
    @Path("issuing.cer")
    @Produces("application/pkix-cert")
    @Operation(
            summary = "The built-in issuing CA's certificate (DER)",
            description = "Named in the authority information access of every certificate it issues.")
    public Response issuing() throws CertificateEncodingException {
        var ca = authority.authority();
        if (ca.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return Response.ok(ca.get().keys().issuing().getEncoded())
                .header("Content-Disposition", "attachment; filename=\"issuing.cer\"")
                .build();
    }

    @GET
    @Path("arl")
    @Produces("application/pkix-crl")
    @Operation(
            summary = "The root's list of revoked CAs (authority revocation list, DER)",
            description = "Named in the issuing CA's certificate, so validators can check it too.")
    public Response authorityRevocationList() throws CRLException {
        var list = authority.authorityRevocationList();
        if (list.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return Response.ok(list.get().getEncoded()).build();
    }

    @GET
    @Path("crl")
    @Produces("application/pkix-crl")
    @Operation(summary = "The built-in issuing CA's current revocation list (DER)")
    public Response revocationList() throws CRLException {
        var list = authority.revocationList();
        if (list.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return Response.ok(list.get().getEncoded()).build();
    }

    /** A text of the signing bundle in the caller's language ({@code Accept-Language}). */
    private static String text(Locale language, String key, Object... arguments) {
        return PageMessages.text(language, SigningModule.BUNDLE, key, arguments);
    }
}
