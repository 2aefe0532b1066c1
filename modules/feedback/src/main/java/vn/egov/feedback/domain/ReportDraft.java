package vn.egov.feedback.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.egov.kernel.api.FieldErrors;

/**
 * What a citizen sends, from any channel, before it becomes a report. {@link #check()} says
 * field by field what is wrong, in Vietnamese, so that nothing is saved from bad input.
 */
public record ReportDraft(String categoryCode, String title, String description, String address, Long communeId,
                          Double latitude, Double longitude, boolean anonymous, String contactName,
                          String contactPhone, String contactEmail, boolean consentToPublish,
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
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(categoryCode)) {
            errors.put("category", "Vui lòng chọn lĩnh vực phản ánh.");
        }
        lengthBetween(errors, "title", title, TITLE_MIN, TITLE_MAX, "Tiêu đề");
        lengthBetween(errors, "description", description, DESCRIPTION_MIN, DESCRIPTION_MAX, "Nội dung");
        if (address != null && address.strip().length() > 300) {
            errors.put("address", "Địa chỉ dài tối đa 300 ký tự.");
        }
        if ((latitude == null) != (longitude == null)) {
            errors.put("location", "Vị trí cần cả vĩ độ và kinh độ.");
        } else if (latitude != null && (!Double.isFinite(latitude) || !Double.isFinite(longitude)
            || Math.abs(latitude) > 90 || Math.abs(longitude) > 180)) {
            errors.put("location", "Tọa độ không hợp lệ: vĩ độ từ -90 đến 90, kinh độ từ -180 đến 180.");
        }
        if (!anonymous) {
            if (blank(contactName)) {
                errors.put("contactName", "Vui lòng nhập họ tên, hoặc chọn gửi ẩn danh.");
            } else if (contactName.strip().length() > 120) {
                errors.put("contactName", "Họ tên dài tối đa 120 ký tự.");
            }
            if (blank(contactPhone) && blank(contactEmail)) {
                errors.put("contactPhone", "Vui lòng nhập số điện thoại hoặc thư điện tử để nhận trả lời.");
            }
        }
        if (!blank(contactPhone) && !PHONE.matcher(contactPhone.replaceAll("[\\s.]", "")).matches()) {
            errors.put("contactPhone", "Số điện thoại không hợp lệ (ví dụ 0912345678).");
        }
        if (!blank(contactEmail) && (contactEmail.strip().length() > 200 || !EMAIL.matcher(contactEmail.strip()).matches())) {
            errors.put("contactEmail", "Địa chỉ thư điện tử không hợp lệ.");
        }
        if (photoIds.size() > MAX_PHOTOS) {
            errors.put("photos", "Tối đa " + MAX_PHOTOS + " ảnh cho một phản ánh.");
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
    }

    private static void lengthBetween(Map<String, String> errors, String field, String value, int min, int max,
                                      String label) {
        int length = value == null ? 0 : value.strip().length();
        if (length == 0) {
            errors.put(field, "Vui lòng nhập " + label.toLowerCase(java.util.Locale.ROOT) + ".");
        } else if (length < min || length > max) {
            errors.put(field, label + " dài từ " + min + " đến " + max + " ký tự (hiện có " + length + ").");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The phone number as stored: digits, with a leading + kept. */
    public String normalisedPhone() {
        return blank(contactPhone) ? null : contactPhone.replaceAll("[\\s.]", "");
    }
}
