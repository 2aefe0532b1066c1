package vn.egov.kernel.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.egov.kernel.KernelRefusal;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.helpers.InputText;

/**
 * {@link InputText}'s rule on the bodies of every REST call: JSON (each string and name, escapes
 * included) and url-encoded forms (Open311). Refused text answers 400 naming the field; text that
 * is not NFC is composed before the resource reads it. Query strings and paths are screened for
 * pages and API alike by {@link RequestLineScreen}; multipart parts by the resource that reads them
 * ({@link InputText#json}).
 */
@Provider
public class InputScreen implements ContainerRequestFilter {
    /** Bodies above this are left to the resource's own limit (attachments are not text). */
    private static final int MAX_SCREENED = 2 * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        MediaType type = request.getMediaType();
        if (type == null || !request.hasEntity()) {
            return;
        }
        boolean json = type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
        boolean form = type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        if (!json && !form) {
            return;
        }
        byte[] body = request.getEntityStream().readNBytes(MAX_SCREENED + 1);
        if (body.length > MAX_SCREENED) {
            throw FieldErrors.of("body", KernelRefusal.text("api.bodyTooLarge", MAX_SCREENED / (1024 * 1024)));
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String screened = json ? InputText.json(text) : form(text);
        request.setEntityStream(
                new ByteArrayInputStream(screened == text ? body : screened.getBytes(StandardCharsets.UTF_8)));
    }

    /** A url-encoded form with each name and value checked and composed. */
    static String form(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean changed = false;
        for (String pair : text.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode("body", eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(name, pair.substring(eq + 1));
            String checkedName = InputText.checked(name, name);
            String checkedValue = InputText.checked(name, value);
            changed |= !checkedName.equals(name) || !checkedValue.equals(value);
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(URLEncoder.encode(checkedName, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(checkedValue, StandardCharsets.UTF_8));
        }
        return changed ? out.toString() : text;
    }

    private static String decode(String field, String encoded) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw FieldErrors.of(field, KernelRefusal.text("common.badEncoding"));
        }
    }
}
