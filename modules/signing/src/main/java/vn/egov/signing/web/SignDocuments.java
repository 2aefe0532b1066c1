package vn.egov.signing.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.api.helpers.PageMessages;
import vn.egov.signing.DocumentSigning;
import vn.egov.signing.SecondFactors;
import vn.egov.signing.SigningModule;
import vn.egov.signing.api.PersonalSignatures;

/** The back-office signing page: a batch of PDFs, one reason, one code. */
@Named
@ViewScoped
public class SignDocuments implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "i18n.signing";

    @Inject
    DocumentSigning signing;

    @Inject
    SecondFactors factors;

    @Inject
    Settings settings;

    @Inject
    Caller caller;

    private transient List<Part> files;
    private String reason;
    private String location;
    /** Where the stamp goes: a {@link PersonalSignatures.Corner} name, or "NONE" for an invisible signature. */
    private String stampCorner = PersonalSignatures.Corner.LOWER_RIGHT.name();
    /** The stamp's page, 1 for the first; empty for the last page of each document. */
    private Integer stampPage;

    private String code;
    private boolean enrolled;
    private boolean receivesCodes;
    private final List<SignedFile> signed = new ArrayList<>();

    /** A signed file kept for download while the page is open. */
    public record SignedFile(String name, byte[] pdf, String sha256) implements Serializable {
        public String getName() {
            return name;
        }

        public String getSha256() {
            return sha256;
        }
    }

    @PostConstruct
    void load() {
        enrolled = factors.enrolled(username());
        receivesCodes = factors.canReceiveCodes(username());
        // "UBND tỉnh Bắc Ninh" signs in "Tỉnh Bắc Ninh"
        String place = settings.text(SigningModule.ORGANISATION).replaceFirst("^UBND ", "");
        location = place.isEmpty() ? place : Character.toUpperCase(place.charAt(0)) + place.substring(1);
    }

    /** Sends a one-time code by SMS or e-mail, for signers without an authenticator at hand. */
    public void sendCode() {
        try {
            PageMessages.info(PageMessages.text(BUNDLE, "factor.codeSent", factors.sendCode(username())));
        } catch (SecondFactors.CodeRefused refused) {
            PageMessages.show("sign", FieldErrors.of("code", refused.text()));
        }
    }

    /** Whether the signer has a way to get a code: an authenticator, or a phone or e-mail for sent codes. */
    public boolean isCanSign() {
        return enrolled || receivesCodes;
    }

    public boolean isReceivesCodes() {
        return receivesCodes;
    }

    public void sign() throws IOException {
        Map<String, String> errors = new LinkedHashMap<>();
        List<PersonalSignatures.Document> documents = new ArrayList<>();
        int max = settings.integer(SigningModule.VERIFY_MAX_BYTES);
        if (files != null) {
            for (Part part : files) {
                if (part.getSize() == 0) {
                    continue;
                }
                if (part.getSize() > max) {
                    errors.put("files", PageMessages.text(BUNDLE, "document.TOO_LARGE", max / (1024 * 1024)));
                    break;
                }
                try (InputStream in = part.getInputStream()) {
                    documents.add(PersonalSignatures.Document.of(part.getSubmittedFileName(), in.readAllBytes()));
                }
            }
        }
        if (documents.isEmpty() && !errors.containsKey("files")) {
            errors.put("files", PageMessages.text(BUNDLE, "sign.noDocuments"));
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", PageMessages.text(BUNDLE, "sign.reasonRequired"));
        }
        if (stampPage != null && (stampPage < 1 || stampPage > 9999)) {
            errors.put("stampPage", PageMessages.text(BUNDLE, "sign.stampPageInvalid"));
        }
        if (!errors.isEmpty()) {
            PageMessages.show("sign", new FieldErrors(errors));
            return;
        }
        try {
            signed.clear();
            for (PersonalSignatures.Signed done : signing.sign(
                    username(), documents, reason.trim(), location == null ? null : location.trim(), stamp(), code)) {
                signed.add(new SignedFile(signedName(done.name()), done.pdf(), done.signedSha256()));
            }
        } catch (SecondFactors.CodeRefused refused) {
            PageMessages.show("sign", FieldErrors.of("code", refused.text()));
        } catch (DocumentSigning.SigningRefused refused) {
            PageMessages.show("sign", FieldErrors.of("files", refused.text()));
        } finally {
            code = null;
        }
    }

    /** Sends one signed file to the browser. */
    public void download(int index) throws IOException {
        if (index < 0 || index >= signed.size()) {
            return;
        }
        SignedFile file = signed.get(index);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/pdf");
        external.setResponseContentLength(file.pdf().length);
        external.setResponseHeader(
                "Content-Disposition",
                "attachment; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(file.name(), java.nio.charset.StandardCharsets.UTF_8)
                                .replace("+", "%20"));
        external.getResponseOutputStream().write(file.pdf());
        faces.responseComplete();
    }

    private static String signedName(String name) {
        String base = name == null || name.isBlank() ? "van-ban.pdf" : name.replaceAll("[\\\\/]", "_");
        return base.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")
                ? base.substring(0, base.length() - 4) + "-da-ky.pdf"
                : base + "-da-ky.pdf";
    }

    private String username() {
        return caller.username();
    }

    public boolean isEnrolled() {
        return enrolled;
    }

    public String getDoneMessage() {
        return PageMessages.text(BUNDLE, "sign.done", signed.size());
    }

    public List<SignedFile> getSigned() {
        return signed;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    private PersonalSignatures.Stamp stamp() {
        if (stampCorner == null || "NONE".equals(stampCorner)) {
            return null;
        }
        return new PersonalSignatures.Stamp(
                stampPage == null ? 0 : stampPage, PersonalSignatures.Corner.valueOf(stampCorner));
    }

    /** The choices of the stamp field: no stamp, then each corner. */
    public List<String> getStampCorners() {
        List<String> corners = new ArrayList<>(List.of("NONE"));
        for (PersonalSignatures.Corner corner : PersonalSignatures.Corner.values()) {
            corners.add(corner.name());
        }
        return corners;
    }

    public String getStampCorner() {
        return stampCorner;
    }

    public void setStampCorner(String stampCorner) {
        this.stampCorner =
                getStampCorners().contains(stampCorner) ? stampCorner : PersonalSignatures.Corner.LOWER_RIGHT.name();
    }

    public Integer getStampPage() {
        return stampPage;
    }

    public void setStampPage(Integer stampPage) {
        this.stampPage = stampPage;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
