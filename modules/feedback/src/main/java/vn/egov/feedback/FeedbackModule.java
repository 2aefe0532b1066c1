package vn.egov.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.egov.kernel.api.HomeTile;
import vn.egov.kernel.api.MenuEntry;
import vn.egov.kernel.api.MenuEntry.Audience;
import vn.egov.kernel.api.ModuleDescriptor;
import vn.egov.kernel.api.SettingDefinition;

/** The feedback module as the platform sees it: schema, menus, tiles and the settings admins tune. */
@ApplicationScoped
public class FeedbackModule implements ModuleDescriptor {
    public static final String REOPEN_DAYS = "feedback.reopenDays";
    public static final String KEYWORDS_BETTING = "feedback.spam.bettingKeywords";
    public static final String KEYWORDS_SEO = "feedback.spam.seoKeywords";
    public static final String KEYWORDS_ABUSE = "feedback.spam.abuseKeywords";
    public static final String FLOOD_WINDOW_MINUTES = "feedback.flood.windowMinutes";
    public static final String FLOOD_HOLD_AFTER = "feedback.flood.holdAfter";
    public static final String FLOOD_REFUSE_AFTER = "feedback.flood.refuseAfter";
    public static final String FLOOD_ANONYMOUS_REFUSE_AFTER = "feedback.flood.anonymousRefuseAfter";
    public static final String FLOOD_PARTNER_REFUSE_AFTER = "feedback.flood.partnerRefuseAfter";
    public static final String PUBLISH_ANSWERS = "feedback.publication.enabled";
    public static final String SCREENING_AGENCY = "feedback.screening.agencyCode";
    public static final String OPEN311_API_KEYS = "feedback.open311.apiKeys";
    public static final String MAP_TILES = "feedback.map.tileUrl";
    public static final String MAP_ATTRIBUTION = "feedback.map.attribution";
    public static final String MAP_CENTRE = "feedback.map.centre";
    public static final String DEFAULT_MAP_ATTRIBUTION = "© OpenStreetMap";
    /** Bắc Ninh city. */
    public static final String DEFAULT_MAP_CENTRE = "21.1861,106.0763";

    @Override
    public String id() {
        return "feedback";
    }

    @Override
    public String nameVi() {
        return "Phản ánh, kiến nghị";
    }

    @Override
    public String nameEn() {
        return "Feedback and petitions";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<String> pathPrefixes() {
        return List.of("/feedback/", "/office/feedback/", "/admin/feedback/", "/api/v1/feedback/", "/open311/");
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
            new MenuEntry(Audience.CITIZEN, "Phản ánh", "Feedback", "/feedback/index.xhtml", "pi pi-comments"),
            new MenuEntry(Audience.OFFICE, "Phản ánh", "Feedback", "/office/feedback/inbox.xhtml", "pi pi-inbox"),
            new MenuEntry(Audience.ADMIN, "Lĩnh vực phản ánh", "Feedback categories", "/admin/feedback/categories.xhtml",
                "pi pi-tags"));
    }

    @Override
    public List<HomeTile> homeTiles() {
        return List.of(
            new HomeTile(Audience.CITIZEN, "Gửi phản ánh, kiến nghị", "Send feedback",
                "Báo cho chính quyền về đường hỏng, rác thải, trật tự đô thị... và theo dõi kết quả xử lý.",
                "Tell the authorities about broken roads, rubbish, public order... and follow the answer.",
                "/feedback/submit.xhtml", "pi pi-send"),
            new HomeTile(Audience.CITIZEN, "Phản ánh đã trả lời", "Answered feedback",
                "Xem các phản ánh và câu trả lời của cơ quan chức năng.",
                "Read reports and the agencies' answers.", "/feedback/index.xhtml", "pi pi-comments"),
            new HomeTile(Audience.OFFICE, "Phản ánh cần xử lý", "Feedback to handle",
                "Tiếp nhận, phân công, trả lời phản ánh của người dân đúng hạn.",
                "Screen, assign and answer citizens' reports on time.", "/office/feedback/inbox.xhtml", "pi pi-inbox"),
            new HomeTile(Audience.ADMIN, "Lĩnh vực phản ánh", "Feedback categories",
                "Lĩnh vực, thời hạn xử lý, cơ quan tiếp nhận theo xã, mẫu trả lời.",
                "Categories, handling times, routing per commune, answer templates.",
                "/admin/feedback/categories.xhtml", "pi pi-tags"));
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
            new SettingDefinition(REOPEN_DAYS, "Số ngày được mở lại phản ánh sau khi trả lời",
                "Days a citizen may reopen after the answer", "10"),
            new SettingDefinition(KEYWORDS_BETTING, "Từ khóa cờ bạc, cá cược (giữ lại để kiểm duyệt)",
                "Betting keywords (held for moderation)", "cá cược, nhà cái, tài xỉu, nổ hũ, lô đề, casino, cược bóng đá"),
            new SettingDefinition(KEYWORDS_SEO, "Từ khóa quảng cáo, SEO", "Advertising and SEO keywords",
                "backlink, seo, dịch vụ seo, khuyến mãi khủng, vay tiền nhanh, viagra"),
            new SettingDefinition(KEYWORDS_ABUSE, "Từ ngữ thô tục, xúc phạm", "Abusive words", "đồ ngu, mẹ mày"),
            new SettingDefinition(FLOOD_WINDOW_MINUTES, "Khoảng thời gian tính gửi dồn dập (phút)",
                "Flood window (minutes)", "60"),
            new SettingDefinition(FLOOD_HOLD_AFTER, "Số phản ánh trong khoảng đó trước khi giữ lại kiểm duyệt",
                "Reports in the window before new ones are held", "3"),
            new SettingDefinition(FLOOD_REFUSE_AFTER, "Số phản ánh của một tài khoản trong khoảng đó trước khi từ chối nhận",
                "Reports from one account in the window before new ones are refused", "10"),
            new SettingDefinition(FLOOD_ANONYMOUS_REFUSE_AFTER,
                "Số phản ánh không đăng nhập từ một địa chỉ mạng trong khoảng đó trước khi từ chối (nhiều người có thể dùng chung địa chỉ)",
                "Anonymous reports from one network address in the window before new ones are refused (many may share it)", "30"),
            new SettingDefinition(FLOOD_PARTNER_REFUSE_AFTER,
                "Số phản ánh của một ứng dụng Open311 trong khoảng đó, khi khóa không ghi giới hạn riêng (khóa:giới_hạn)",
                "Reports from one Open311 client in the window, for keys listed without their own limit (key:limit)", "500"),
            new SettingDefinition(PUBLISH_ANSWERS, "Công khai phản ánh đã trả lời (khi người gửi đồng ý): true/false",
                "Publish answered reports (with the sender's consent): true/false", "true"),
            new SettingDefinition(SCREENING_AGENCY, "Mã cơ quan tiếp nhận, sàng lọc phản ánh (trống: mọi cơ quan)",
                "Code of the agency that screens reports (empty: any agency)", ""),
            new SettingDefinition(OPEN311_API_KEYS,
                "Khóa api_key của ứng dụng Open311 được gửi phản ánh, cách nhau bởi dấu phẩy; mỗi khóa có thể kèm giới hạn riêng: khóa:giới_hạn",
                "api_key values of Open311 clients allowed to post, comma-separated; each may carry its own limit: key:limit", ""),
            new SettingDefinition(MAP_TILES, "Địa chỉ máy chủ bản đồ nền, dạng https://.../{z}/{x}/{y}.png (trống: không hiện bản đồ)",
                "Map tile server, as https://.../{z}/{x}/{y}.png (empty: no map)", ""),
            new SettingDefinition(MAP_ATTRIBUTION, "Ghi nguồn bản đồ nền", "Map attribution", DEFAULT_MAP_ATTRIBUTION),
            new SettingDefinition(MAP_CENTRE, "Tâm bản đồ (vĩ độ, kinh độ)", "Map centre (latitude, longitude)",
                DEFAULT_MAP_CENTRE));
    }
}
