package vn.egov.feedback.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;

/**
 * What a citizen sends, from any channel, before it becomes a report. {@link #check()} says
 * field by field what is wrong, in Vietnamese, so that nothing is saved from bad input.
 */
public record ReportDraft(
        String categoryCode,
        String title,
        String description,
        String address,
        Long communeId,
        Double latitude,
        Double longitude,
        boolean anonymous,
        String contactName,
        String contactPhone,
        String contactEmail,
        boolean consentToPublish,
        List<UUID> photoIds) {
    public static final int TITLE_MIN = 5;
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MIN = 20;
    public static final int DESCRIPTION_MAX = 5000;
    public static final int MAX_PHOTOS = 5;
    private static final Pattern PHONE = Pattern.compile("(\\+84|0)[0-9]{9,10}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public ReportDraft {
        photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
    }

    /** Throws {@link FieldErrors} naming each wrong field; returns normally when the draft can be saved. */
    public void check() {
        Map<String, Message> errors = new LinkedHashMap<>();
        if (blank(categoryCode)) {
            errors.put("category", text("draft.category"));
        }
        lengthBetween(errors, "title", title, TITLE_MIN, TITLE_MAX);
        lengthBetween(errors, "description", description, DESCRIPTION_MIN, DESCRIPTION_MAX);
        if (address != null && address.strip().length() > 300) {
            errors.put("address", text("draft.addressLength", 300));
        }
        if ((latitude == null) != (longitude == null)) {
            errors.put("location", text("draft.locationHalf"));
        } else if (latitude != null
                && (!Double.isFinite(latitude)
                        || !Double.isFinite(longitude)
                        || Math.abs(latitude) > 90
                        || Math.abs(longitude) > 180)) {
            errors.put("location", text("draft.locationRange"));
        }
        if (!anonymous) {
            if (blank(contactName)) {
                errors.put("contactName", text("draft.contactName"));
            } else if (contactName.strip().length() > 120) {
                errors.put("contactName", text("draft.contactNameLength", 120));
            }
            if (blank(contactPhone) && blank(contactEmail)) {
                errors.put("contactPhone", text("draft.contact"));
            }
        }
        if (!blank(contactPhone)
                && !PHONE.matcher(contactPhone.replaceAll("[\\s.]", "")).matches()) {
            errors.put("contactPhone", text("draft.phone"));
        }
        if (!blank(contactEmail)
                && (contactEmail.strip().length() > 200
                        || !EMAIL.matcher(contactEmail.strip()).matches())) {
            errors.put("contactEmail", text("draft.email"));
        }
        if (photoIds.size() > MAX_PHOTOS) {
            errors.put("photos", text("draft.maxPhotos", MAX_PHOTOS));
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.keyed(errors);
        }
    }

    private static void lengthBetween(Map<String, Message> errors, String field, String value, int min, int max) {
        int length = value == null ? 0 : value.strip().length();
        if (length == 0) {
            errors.put(field, text("draft." + field + ".missing"));
        } else if (length < min || length > max) {
            errors.put(field, text("draft." + field + ".length", min, max, length));
        }
    }

    /** A text of the feedback bundle (the domain may not name the module descriptor, so the name is written here once). */
    static Message text(String key, Object... args) {
        return Message.of("i18n.feedback", key, args);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The phone number as stored: digits, with a leading + kept. */
    public String normalisedPhone() {
        return blank(contactPhone) ? null : contactPhone.replaceAll("[\\s.]", "");
    }
}
