package vn.egov.signing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.egov.kernel.api.AccessTokens;
import vn.egov.kernel.api.ApiError;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Settings;
import vn.egov.signing.RemoteSigning;
import vn.egov.signing.RemoteSigning.Refused;
import vn.egov.signing.SecondFactors;
import vn.egov.signing.SigningModule;
import vn.egov.signing.web.CscJson.*;

/**
 * Cloud Signature Consortium API v2 for outside signing clients, at
 * {@code /api/v1/signing/csc/v2/...}: sign-in with HTTP Basic for a bearer token, then the
 * signer's own credentials, authorisation of a list of hashes with his authenticator code (the
 * SAD is bound to those hashes, SCAL 2), and signatures of those hashes. Errors answer in the
 * specification's format: {@code {"error": ..., "error_description": ...}}. The service's and the
 * credentials' descriptions are in the caller's language ({@code Accept-Language}), and {@code lang}
 * says which; the error descriptions keep the specification's English.
 */
@Path("signing/csc/v2")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Signing: CSC API v2")
public class CscResource {
    static final String SHA256 = "2.16.840.1.101.3.4.2.1";
    static final String EC_KEY = "1.2.840.10045.2.1";
    static final String ECDSA_SHA256 = "1.2.840.10045.4.3.2";
    static final String RSA_KEY = "1.2.840.113549.1.1.1";
    static final String RSA_SHA256 = "1.2.840.113549.1.1.11";
    static final String P256 = "1.2.840.10045.3.1.7";

    @Inject
    vn.egov.kernel.api.Caller signedIn;

    @Inject
    AccessTokens tokens;

    @Inject
    RemoteSigning signing;

    @Inject
    Settings settings;

    @POST
    @Path("info")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "What this signing service offers (no sign-in)")
    public Info info(@Context HttpHeaders headers) {
        Locale language = ApiError.language(headers);
        String organisation = settings.text(SigningModule.ORGANISATION);
        return new Info(
                "2.0.0.0",
                text(language, "csc.name", organisation),
                null,
                "VN",
                lang(language),
                text(language, "csc.description", organisation),
                List.of("basic"),
                List.of(
                        "info",
                        "auth/login",
                        "auth/revoke",
                        "credentials/list",
                        "credentials/info",
                        "credentials/authorize",
                        "signatures/signHash"),
                new SignAlgorithms(List.of(ECDSA_SHA256, EC_KEY, RSA_SHA256, RSA_KEY)));
    }

    @POST
    @Path("auth/login")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(
            summary = "Sign in with HTTP Basic for a bearer token",
            description =
                    "The same token as /api/v1/auth/token; " + "wrong credentials and locked accounts answer alike.")
    public Response login(@HeaderParam("Authorization") String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return error(
                    Response.Status.BAD_REQUEST,
                    "invalid_request",
                    "The request is missing the Authorization: Basic header");
        }
        String pair;
        try {
            pair = new String(
                    Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return error(Response.Status.BAD_REQUEST, "invalid_request", "Malformed Basic credentials");
        }
        int colon = pair.indexOf(':');
        if (colon < 0) {
            return error(Response.Status.BAD_REQUEST, "invalid_request", "Malformed Basic credentials");
        }
        return tokens.signIn(pair.substring(0, colon), pair.substring(colon + 1))
                .map(t ->
                        Response.ok(new Token(t.token(), t.expiresInSeconds())).build())
                .orElseGet(() -> error(
                        Response.Status.UNAUTHORIZED,
                        "authentication_error",
                        "Wrong user name or password, or the account is locked for a while"));
    }

    @POST
    @Path("auth/revoke")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "End the bearer token the request carries (signing out)")
    public Response revoke(@HeaderParam("Authorization") String authorization) {
        if (!signedIn.signedIn() || authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return unauthorised();
        }
        tokens.revoke(authorization.substring(7).trim());
        return Response.noContent().build();
    }

    @POST
    @Path("credentials/list")
    @Operation(summary = "The signer's own credential ids, with their details when asked")
    public Response list(ListRequest request, @Context HttpHeaders headers) {
        String username = caller();
        if (username == null) {
            return unauthorised();
        }
        ListRequest asked = request == null ? new ListRequest(null, false, null, null, null, false, null) : request;
        if (asked.userID() != null && !asked.userID().equals(username)) {
            return error(Response.Status.BAD_REQUEST, "invalid_request", "Invalid parameter userID");
        }
        boolean onlyValid = Boolean.TRUE.equals(asked.onlyValid());
        var credentials = signing.credentialsOf(username).stream()
                .filter(c -> !onlyValid || c.active())
                .toList();
        List<String> ids = credentials.stream().map(c -> String.valueOf(c.id())).toList();
        List<CredentialInfo> infos = Boolean.TRUE.equals(asked.credentialInfo())
                ? ids.stream()
                        .map(id -> describe(
                                signing.view(username, id),
                                id,
                                asked.certificates(),
                                !Boolean.FALSE.equals(asked.certInfo()),
                                !Boolean.FALSE.equals(asked.authInfo()),
                                ApiError.language(headers)))
                        .toList()
                : null;
        return Response.ok(new ListResponse(ids, infos, onlyValid ? Boolean.TRUE : null))
                .build();
    }

    @POST
    @Path("credentials/info")
    @Operation(
            summary = "One of the signer's credentials: key, certificate, how it is authorised",
            description = "Another account's credential answers 400 invalid_request and is audited.")
    public Response credentialInfo(InfoRequest request, @Context HttpHeaders headers) {
        String username = caller();
        if (username == null) {
            return unauthorised();
        }
        if (request == null || request.credentialID() == null) {
            return error(
                    Response.Status.BAD_REQUEST,
                    "invalid_request",
                    "Missing (or invalid type) string parameter credentialID");
        }
        return refusals(() -> Response.ok(describe(
                        signing.view(username, request.credentialID()),
                        null,
                        request.certificates(),
                        Boolean.TRUE.equals(request.certInfo()),
                        Boolean.TRUE.equals(request.authInfo()),
                        ApiError.language(headers)))
                .build());
    }

    @POST
    @Path("credentials/authorize")
    @Operation(
            summary = "Authorise a list of SHA-256 hashes with the authenticator code",
            description =
                    "authData [{\"id\":\"otp\",\"value\":\"123456\"}]; the SAD signs exactly those hashes, each once, "
                            + "within 5 minutes. Five wrong codes lock signing for 15 minutes.")
    public Response authorize(AuthorizeRequest request) {
        String username = caller();
        if (username == null) {
            return unauthorised();
        }
        if (request == null || request.credentialID() == null) {
            return error(
                    Response.Status.BAD_REQUEST,
                    "invalid_request",
                    "Missing (or invalid type) string parameter credentialID");
        }
        if (request.numSignatures() == null) {
            return error(
                    Response.Status.BAD_REQUEST,
                    "invalid_request",
                    "Missing (or invalid type) integer parameter numSignatures");
        }
        if (request.hashAlgorithmOID() != null && !SHA256.equals(request.hashAlgorithmOID())) {
            return error(
                    Response.Status.BAD_REQUEST, "invalid_request", "Invalid parameter hashAlgorithmOID: only SHA-256");
        }
        String code = request.authData() == null
                ? request.OTP()
                : request.authData().stream()
                        .filter(d -> d != null && "otp".equalsIgnoreCase(d.id()))
                        .map(AuthData::value)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(request.OTP());
        if (code == null || code.isBlank()) {
            return error(Response.Status.BAD_REQUEST, "invalid_request", "Missing authData otp");
        }
        return refusals(() -> {
            var activation = signing.authorize(
                    username, request.credentialID(), request.hashes(), request.numSignatures(), code);
            return Response.ok(new AuthorizeResponse(activation.sad(), activation.expiresInSeconds()))
                    .build();
        });
    }

    @POST
    @Path("signatures/signHash")
    @Operation(
            summary = "Sign hashes a SAD authorised",
            description = "signAlgo ecdsa-with-SHA256 or sha256WithRSAEncryption "
                    + "(or the key OID with hashAlgorithmOID SHA-256); signatures are base64 DER.")
    public Response signHash(SignHashRequest request) {
        String username = caller();
        if (username == null) {
            return unauthorised();
        }
        if (request == null || request.credentialID() == null) {
            return error(
                    Response.Status.BAD_REQUEST,
                    "invalid_request",
                    "Missing (or invalid type) string parameter credentialID");
        }
        if (request.operationMode() != null && !"S".equals(request.operationMode())) {
            return error(
                    Response.Status.BAD_REQUEST, "invalid_request", "Only synchronous operationMode S is supported");
        }
        if (request.signAlgo() == null) {
            return error(
                    Response.Status.BAD_REQUEST,
                    "invalid_request",
                    "Missing (or invalid type) string parameter signAlgo");
        }
        String family = switch (request.signAlgo()) {
            case ECDSA_SHA256, EC_KEY -> "EC";
            case RSA_SHA256, RSA_KEY -> "RSA";
            default -> null;
        };
        boolean keyOnly = EC_KEY.equals(request.signAlgo()) || RSA_KEY.equals(request.signAlgo());
        if (family == null
                || (request.hashAlgorithmOID() != null || keyOnly) && !SHA256.equals(request.hashAlgorithmOID())) {
            return error(
                    Response.Status.BAD_REQUEST, "invalid_request", "Invalid parameter signAlgo or hashAlgorithmOID");
        }
        return refusals(() -> {
            List<String> signatures =
                    signing
                            .signHashes(username, request.credentialID(), request.SAD(), request.hashes(), family)
                            .stream()
                            .map(Base64.getEncoder()::encodeToString)
                            .toList();
            return Response.ok(new SignHashResponse(signatures)).build();
        });
    }

    private CredentialInfo describe(
            RemoteSigning.CredentialView view,
            String id,
            String certificates,
            boolean certInfo,
            boolean authInfo,
            Locale language) {
        X509Certificate certificate = view.chain().get(0);
        boolean ec = certificate.getPublicKey().getAlgorithm().equals("EC");
        int length = ec
                ? 256
                : ((RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength();
        Key key = new Key(
                view.credential().active() ? "enabled" : "disabled",
                ec ? List.of(EC_KEY, ECDSA_SHA256) : List.of(RSA_KEY, RSA_SHA256),
                length,
                ec ? P256 : null);
        List<X509Certificate> shown = switch (certificates == null ? "single" : certificates) {
            case "none" -> List.of();
            case "chain" -> view.chain();
            default -> List.of(certificate);
        };
        Cert cert = new Cert(
                view.status(),
                shown.isEmpty() ? null : shown.stream().map(CscResource::base64).toList(),
                certInfo ? certificate.getIssuerX500Principal().getName() : null,
                certInfo ? certificate.getSerialNumber().toString(16) : null,
                certInfo ? certificate.getSubjectX500Principal().getName() : null,
                certInfo ? generalizedTime(certificate.getNotBefore()) : null,
                certInfo ? generalizedTime(certificate.getNotAfter()) : null);
        Auth auth = new Auth(
                "explicit",
                authInfo ? "otp" : null,
                authInfo
                        ? List.of(new AuthObject(
                                "OTP",
                                "otp",
                                "N",
                                text(language, "csc.otp.label"),
                                text(language, "csc.otp.description")))
                        : null);
        return new CredentialInfo(
                id,
                text(
                        language,
                        "csc.credential",
                        vn.egov.signing.pdf.Names.commonName(certificate.getSubjectX500Principal())),
                key,
                cert,
                auth,
                "2",
                RemoteSigning.MULTISIGN,
                lang(language));
    }

    private static String text(Locale language, String key, Object... args) {
        return Message.text(language, SigningModule.BUNDLE, key, args);
    }

    /** The {@code lang} of an answer: the language its descriptions are in (RFC 5646). */
    private static String lang(Locale language) {
        return language.getLanguage().equals("en") ? "en" : "vi-VN";
    }

    private Response refusals(java.util.function.Supplier<Response> call) {
        try {
            return call.get();
        } catch (Refused refused) {
            return error(
                    refused.error().equals("server_error")
                            ? Response.Status.INTERNAL_SERVER_ERROR
                            : Response.Status.BAD_REQUEST,
                    refused.error(),
                    refused.getMessage());
        } catch (SecondFactors.CodeRefused refused) {
            return error(
                    Response.Status.BAD_REQUEST,
                    "invalid_otp",
                    switch (refused.key()) {
                        case "factor.locked" -> "Too many wrong codes: signing is locked for 15 minutes";
                        case "factor.notEnrolled" -> "The signer has no authenticator enrolled";
                        default -> "The OTP is invalid or was already used";
                    });
        }
    }

    private String caller() {
        return signedIn.username();
    }

    private static Response unauthorised() {
        return Response.status(Response.Status.UNAUTHORIZED)
                .header("WWW-Authenticate", "Bearer")
                .type(MediaType.APPLICATION_JSON)
                .entity(new Failure("invalid_token", "Sign in with auth/login first"))
                .build();
    }

    private static Response error(Response.Status status, String code, String description) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(new Failure(code, description))
                .build();
    }

    private static String base64(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String generalizedTime(java.util.Date date) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'")
                .withZone(java.time.ZoneOffset.UTC)
                .format(date.toInstant());
    }
}
