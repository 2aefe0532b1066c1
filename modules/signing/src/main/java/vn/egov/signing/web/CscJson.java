package vn.egov.signing.web;

import java.util.List;

/** Request and response bodies of the Cloud Signature Consortium API v2, named as the specification names them. */
public final class CscJson {
    private CscJson() {}

    public record Info(
            String specs,
            String name,
            String logo,
            String region,
            String lang,
            String description,
            List<String> authType,
            List<String> methods,
            SignAlgorithms signAlgorithms) {}

    public record SignAlgorithms(List<String> algos) {}

    public record Login(Boolean rememberMe) {}

    public record Token(String access_token, long expires_in) {}

    public record ListRequest(
            String userID,
            Boolean credentialInfo,
            String certificates,
            Boolean certInfo,
            Boolean authInfo,
            Boolean onlyValid,
            String lang) {}

    public record ListResponse(List<String> credentialIDs, List<CredentialInfo> credentialInfos, Boolean onlyValid) {}

    public record InfoRequest(
            String credentialID, String certificates, Boolean certInfo, Boolean authInfo, String lang) {}

    /** credentials/info's answer; in credentials/list each entry also carries its credentialID. */
    public record CredentialInfo(
            String credentialID,
            String description,
            Key key,
            Cert cert,
            Auth auth,
            String SCAL,
            int multisign,
            String lang) {}

    public record Key(String status, List<String> algo, int len, String curve) {}

    public record Cert(
            String status,
            List<String> certificates,
            String issuerDN,
            String serialNumber,
            String subjectDN,
            String validFrom,
            String validTo) {}

    public record Auth(String mode, String expression, List<AuthObject> objects) {}

    public record AuthObject(String type, String id, String format, String label, String description) {}

    public record AuthorizeRequest(
            String credentialID,
            Integer numSignatures,
            List<String> hashes,
            String hashAlgorithmOID,
            List<AuthData> authData,
            String OTP,
            String description) {}

    public record AuthData(String id, String value) {}

    public record AuthorizeResponse(String SAD, long expiresIn) {}

    public record SignHashRequest(
            String credentialID,
            String SAD,
            List<String> hashes,
            String hashAlgorithmOID,
            String signAlgo,
            String signAlgoParams,
            String operationMode) {}

    public record SignHashResponse(List<String> signatures) {}

    public record Failure(String error, String error_description) {}
}
