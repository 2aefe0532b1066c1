package vn.egov.signing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.egov.kernel.api.HomeTile;
import vn.egov.kernel.api.MenuEntry;
import vn.egov.kernel.api.MenuEntry.Audience;
import vn.egov.kernel.api.ModuleDescriptor;
import vn.egov.kernel.api.SettingDefinition;

/** The signing module as the platform sees it: schema, the public verification page, its settings. */
@ApplicationScoped
public class SigningModule implements ModuleDescriptor {
    public static final String ORGANISATION = "signing.ca.organisation";
    public static final String VERIFY_MAX_BYTES = "signing.verify.maxBytes";
    public static final String SEAL_KINDS = "signing.seal.documentKinds";
    public static final String DEFAULT_SEAL_KINDS = "receipt";
    public static final String DEFAULT_ORGANISATION = "UBND tỉnh Bắc Ninh";
    public static final int DEFAULT_VERIFY_MAX_BYTES = 20 * 1024 * 1024;
    public static final String CERTIFICATE_POLICY = "signing.ca.certificatePolicy";
    public static final String TSA_POLICY = "signing.tsa.policy";
    public static final String ARCHIVE_KINDS = "signing.archive.documentKinds";
    public static final String DEFAULT_ARCHIVE_KINDS = "result";

    @Override
    public String id() {
        return "signing";
    }

    @Override
    public String nameVi() {
        return "Ký số từ xa";
    }

    @Override
    public String nameEn() {
        return "Remote signing";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<String> pathPrefixes() {
        return List.of("/verify/", "/signing/", "/me/signing/", "/office/signing/", "/admin/signing/", "/api/v1/signing/");
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(Audience.CITIZEN, "Xác thực chữ ký số", "Verify a signature", "/verify/index.xhtml",
            "pi pi-verified"),
            new MenuEntry(Audience.CITIZEN, "Ký số văn bản", "Sign documents", "/me/signing/sign.xhtml", "pi pi-pencil"),
            new MenuEntry(Audience.OFFICE, "Ký số", "Signing", "/office/signing/sign.xhtml", "pi pi-pencil"),
            new MenuEntry(Audience.OFFICE, "Ứng dụng xác thực", "Authenticator", "/office/signing/authenticator.xhtml",
                "pi pi-shield"),
            new MenuEntry(Audience.ADMIN, "Chứng thư số và CA", "Certificates and CA", "/admin/signing/credentials.xhtml",
                "pi pi-id-card"));
    }

    @Override
    public List<HomeTile> homeTiles() {
        return List.of(new HomeTile(Audience.CITIZEN, "Xác thực văn bản đã ký số", "Verify a signed document",
            "Tải lên tệp PDF để biết ai đã ký, khi nào, và văn bản có bị sửa sau khi ký hay không.",
            "Upload a PDF to see who signed it, when, and whether it was changed after signing.",
            "/verify/index.xhtml", "pi pi-verified"));
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
            new SettingDefinition(ORGANISATION, "Tên tổ chức của CA nội bộ (ghi trong chứng thư gốc khi khởi tạo)",
                "Organisation named by the built-in CA (written into its root when established)", DEFAULT_ORGANISATION),
            new SettingDefinition(SEAL_KINDS, "Loại văn bản được đóng dấu tự động bằng chứng thư của cơ quan, không cần người ký (cách nhau bởi dấu phẩy)",
                "Document kinds an agency's seal signs automatically, without a person (comma-separated)", DEFAULT_SEAL_KINDS),
            new SettingDefinition(CERTIFICATE_POLICY, "OID chính sách chứng thư ghi trong mọi chứng thư do CA nội bộ cấp (OID đã đăng ký của tỉnh)",
                "Certificate policy OID named in every certificate the built-in CA issues (the province's registered OID)",
                vn.egov.signing.ca.CertificateAuthority.Profile.DEFAULT_POLICY),
            new SettingDefinition(TSA_POLICY, "OID chính sách của dịch vụ cấp dấu thời gian, ghi trong mọi dấu thời gian",
                "Time-stamping policy OID stated in every time-stamp", vn.egov.signing.ca.TimeStampAuthority.DEFAULT_POLICY),
            new SettingDefinition(ARCHIVE_KINDS, "Loại văn bản lưu trữ lâu dài: ký ở mức PAdES B-LTA (thêm dấu thời gian cho văn bản, tự gia hạn); các loại khác ở mức B-LT (cách nhau bởi dấu phẩy)",
                "Document kinds kept long: signed at PAdES B-LTA (a document time-stamp, renewed automatically); other kinds at B-LT (comma-separated)",
                DEFAULT_ARCHIVE_KINDS),
            new SettingDefinition(VERIFY_MAX_BYTES, "Dung lượng tối đa của tệp PDF cần xác thực (byte)",
                "Largest PDF accepted for verification (bytes)", String.valueOf(DEFAULT_VERIFY_MAX_BYTES)));
    }
}
