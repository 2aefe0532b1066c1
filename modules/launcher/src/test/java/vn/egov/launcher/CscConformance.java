package vn.egov.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import vn.egov.signing.factor.Totp;

/**
 * An outside client of the Cloud Signature Consortium API v2 on the running platform: every
 * method the platform offers, in order, with the errors a client meets on the way.
 */
final class CscConformance {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String csc;

    CscConformance(String base) {
        this.csc = base + "api/v1/signing/csc/v2/";
    }

    /**
     * @param secret       the signer's authenticator seed
     * @param lastUsedStep the last TOTP step the platform accepted from him (a step is good once)
     */
    void signAHashAsAnOutsideClient(String username, String password, String secret, long lastUsedStep)
            throws Exception {
        JsonObject info = object(post("info", null, "{}"), 200);
        assertEquals("2.0.0.0", info.getString("specs"));
        assertEquals("VN", info.getString("region"));
        assertTrue(info.getJsonArray("methods").toString().contains("signatures/signHash"), info.toString());

        assertEquals(
                "invalid_request", object(post("auth/login", null, ""), 400).getString("error"));
        assertEquals(
                "authentication_error",
                object(
                                send(request("auth/login", "")
                                        .header("Authorization", basic(username, "sai-mat-khau"))
                                        .build()),
                                401)
                        .getString("error"));
        JsonObject login = object(
                send(request("auth/login", "{}")
                        .header("Authorization", basic(username, password))
                        .build()),
                200);
        String token = login.getString("access_token");
        assertTrue(login.getJsonNumber("expires_in").longValue() > 0);

        assertEquals(
                "invalid_token",
                object(post("credentials/list", null, "{}"), 401).getString("error"));
        JsonObject list =
                object(post("credentials/list", token, "{\"credentialInfo\":true,\"certificates\":\"none\"}"), 200);
        String credential = list.getJsonArray("credentialIDs").getString(0);
        assertEquals(
                credential,
                list.getJsonArray("credentialInfos").getJsonObject(0).getString("credentialID"));
        assertEquals(
                "invalid_request",
                object(post("credentials/list", token, "{\"userID\":\"nguoi-khac\"}"), 400)
                        .getString("error"),
                "a signer lists only his own credentials");

        JsonObject details = object(
                post(
                        "credentials/info",
                        token,
                        "{\"credentialID\":\"" + credential
                                + "\",\"certificates\":\"chain\",\"certInfo\":true,\"authInfo\":true}"),
                200);
        assertEquals("enabled", details.getJsonObject("key").getString("status"));
        assertTrue(details.getJsonObject("key").getJsonArray("algo").toString().contains("1.2.840.10045.4.3.2"));
        JsonObject cert = details.getJsonObject("cert");
        assertEquals("valid", cert.getString("status"));
        assertEquals(3, cert.getJsonArray("certificates").size(), "signer, issuing CA, root");
        assertTrue(cert.getString("validTo").matches("\\d{14}Z"), cert.getString("validTo"));
        assertEquals(
                "otp",
                details.getJsonObject("auth")
                        .getJsonArray("objects")
                        .getJsonObject(0)
                        .getString("id"));
        assertEquals("2", details.getString("SCAL"));
        assertEquals(
                "invalid_request",
                object(post("credentials/info", token, "{\"credentialID\":\"999999\"}"), 400)
                        .getString("error"));

        byte[] document = "Giấy phép xây dựng số 45/GPXD".getBytes(StandardCharsets.UTF_8);
        String hash = Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(document));
        String authorize = "{\"credentialID\":\"" + credential + "\",\"numSignatures\":1,\"hashes\":[\"" + hash
                + "\"],\"hashAlgorithmOID\":\"2.16.840.1.101.3.4.2.1\",\"authData\":[{\"id\":\"otp\",\"value\":\"%s\"}]}";
        String wrong = "000000".equals(Totp.codeAt(secret, Instant.now())) ? "111111" : "000000";
        assertEquals(
                "invalid_otp",
                object(post("credentials/authorize", token, authorize.formatted(wrong)), 400)
                        .getString("error"));
        assertEquals(
                "invalid_request",
                object(post("signatures/signHash", token, signHash(credential, "not-a-sad", hash)), 400)
                        .getString("error"));

        // the last code the platform took is spent: wait until the next one is within its window
        while (Instant.now().getEpochSecond() / 30 < lastUsedStep) {
            Thread.sleep(500);
        }
        String sad = object(
                        post(
                                "credentials/authorize",
                                token,
                                authorize.formatted(
                                        Totp.codeAt(secret, Instant.now().plusSeconds(30)))),
                        200)
                .getString("SAD");
        String signature = object(post("signatures/signHash", token, signHash(credential, sad, hash)), 200)
                .getJsonArray("signatures")
                .getString(0);
        X509Certificate signer = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Base64.getDecoder()
                        .decode(cert.getJsonArray("certificates").getString(0))));
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(signer.getPublicKey());
        verifier.update(document);
        assertTrue(verifier.verify(Base64.getDecoder().decode(signature)), "the signature verifies over the document");
        assertEquals(
                "invalid_request",
                object(post("signatures/signHash", token, signHash(credential, sad, hash)), 400)
                        .getString("error"),
                "an authorised hash is signed once");

        assertEquals(
                204,
                send(request("auth/revoke", "{}")
                                .header("Authorization", "Bearer " + token)
                                .build())
                        .statusCode());
        assertEquals(401, post("credentials/list", token, "{}").statusCode(), "a revoked token is refused");
    }

    private static String signHash(String credential, String sad, String hash) {
        return "{\"credentialID\":\"" + credential + "\",\"SAD\":\"" + sad + "\",\"hashes\":[\"" + hash
                + "\"],\"signAlgo\":\"1.2.840.10045.4.3.2\"}";
    }

    private HttpResponse<String> post(String method, String token, String body) throws Exception {
        HttpRequest.Builder request = request(method, body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    private HttpRequest.Builder request(String method, String body) {
        return HttpRequest.newBuilder(URI.create(csc + method))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject object(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
