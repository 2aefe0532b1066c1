package vn.egov.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.egov.kernel.testing.SourceTexts.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.egov.feedback.domain.Channel;
import vn.egov.feedback.domain.FeedbackReport;
import vn.egov.feedback.domain.ReportDraft;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.HomeTile;
import vn.egov.kernel.api.MenuEntry;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.helpers.PublicAddress;

/** Every text the module's Java code names is in both languages, and a refusal reads in the reader's language. */
class FeedbackTextsTest {
    /**
     * Keys in the code: every string literal of the shape the module's message keys have
     * (refusal.*, draft.*, intake.*, category.*, api.*, the notices' notice.*, the descriptor's
     * module.*, menu.*, tile.*), wherever it is passed. The descriptor's titles borrowed from the
     * pages (submit.title...) are checked by reading the descriptor.
     */
    private static final Pattern KEY =
            Pattern.compile("\"((?:refusal|draft|intake|category|api|notice|module|menu|tile)\\.[a-zA-Z][a-zA-Z.]*)\"");

    @Test
    void everyKeyTheCodeUsesIsInBothLanguagesAndTheLanguagesHaveTheSameKeys() throws IOException {
        Properties vietnamese = bundle("feedback.properties");
        Properties english = bundle("feedback_en.properties");
        assertEquals(new TreeSet<>(vietnamese.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()));
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(source));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() > 30, "keys found in the code: " + used);
        used.removeIf(key -> key.endsWith(".") || vietnamese.containsKey(key));
        assertEquals(Set.of(), used, "keys the code uses that the bundle lacks");
    }

    @Test
    void aFormRefusalReadsInEachLanguage() {
        ReportDraft draft = new ReportDraft(
                "MOI_TRUONG",
                "Rác",
                "Rác thải ùn ứ ở chợ nhiều ngày chưa được thu gom.",
                null,
                null,
                null,
                null,
                true,
                null,
                null,
                null,
                false,
                java.util.List.of());
        FieldErrors errors = org.junit.jupiter.api.Assertions.assertThrows(FieldErrors.class, draft::check);
        assertEquals(
                "Tiêu đề dài từ 5 đến 200 ký tự (hiện có 3).", errors.byField().get("title"));
        assertEquals(
                "The title must be 5 to 200 characters long (it has 3).",
                errors.fields(Locale.ENGLISH).get("title"));
        assertEquals(
                "Report PA-ABCD2345 is not one of your agency's.",
                new NotAllowed("refusal.notYourAgency", "PA-ABCD2345").message(Locale.ENGLISH));
        assertEquals(403, new NotAllowed("refusal.notLeader").status());
    }

    @Test
    void theDescriptorReadsInEachLanguage() {
        FeedbackModule feedback = new FeedbackModule();
        assertEquals("Phản ánh, kiến nghị", feedback.nameVi());
        assertEquals("Feedback and petitions", feedback.nameEn());
        List<String> texts = new ArrayList<>();
        for (MenuEntry e : feedback.menuEntries()) {
            texts.addAll(List.of(e.labelVi(), e.labelEn()));
        }
        for (HomeTile t : feedback.homeTiles()) {
            texts.addAll(List.of(t.titleVi(), t.titleEn(), t.textVi(), t.textEn()));
        }
        assertEquals(
                List.of(),
                texts.stream().filter(t -> t.matches("[a-z]+(\\.\\w+)+")).toList(),
                "keys unread");
        assertTrue(feedback.menuEntries().stream()
                .anyMatch(e -> e.labelVi().equals("Phản ánh") && e.labelEn().equals("Feedback")));
        assertTrue(feedback.homeTiles().stream()
                .anyMatch(t -> t.titleVi().equals("Phản ánh cần xử lý")
                        && t.textEn().equals("Screen, assign and answer citizens' reports on time.")));
    }

    @Test
    void noticesAreSentInVietnameseAndHaveAnEnglishText() {
        List<List<String>> sent = new ArrayList<>();
        CitizenNotices notices = new CitizenNotices();
        notices.notifications = (channel, recipient, subject, body) ->
                sent.add(java.util.Arrays.asList(channel.name(), recipient, subject, body));
        notices.address = new PublicAddress() {
            @Override
            public String of(String path) {
                return "https://dichvucong.example.vn/" + path;
            }
        };
        FeedbackReport report = new FeedbackReport(
                new ReportDraft(
                        "MOI_TRUONG",
                        "Rác ở chợ",
                        "Rác thải ùn ứ ở chợ nhiều ngày chưa được thu gom.",
                        null,
                        null,
                        null,
                        null,
                        false,
                        "Trần Văn Bình",
                        null,
                        "binh@example.vn",
                        true,
                        List.of()),
                1L,
                "PA-ABCD2345",
                Channel.WEB,
                null,
                "127.0.0.1",
                OffsetDateTime.parse("2026-11-25T09:00:00+07:00"),
                List.of());
        String key = report.issueSenderKey();
        notices.received(report);
        notices.changed(report, Message.of(FeedbackModule.BUNDLE, "notice.published", "Đã thu gom rác."));
        assertEquals(
                List.of(
                        List.of(
                                "EMAIL",
                                "binh@example.vn",
                                "Đã tiếp nhận phản ánh PA-ABCD2345",
                                "Phản ánh \"Rác ở chợ\" đã được tiếp nhận với mã PA-ABCD2345. Tra cứu kết quả xử lý tại"
                                        + " trang Phản ánh bằng mã này.\n\nĐể đánh giá câu trả lời hoặc mở lại phản"
                                        + " ánh, dùng liên kết riêng của bạn (không chia sẻ):\n"
                                        + "https://dichvucong.example.vn/feedback/track.xhtml?code=PA-ABCD2345&key="
                                        + key),
                        List.of(
                                "EMAIL",
                                "binh@example.vn",
                                "Cập nhật phản ánh PA-ABCD2345",
                                "Phản ánh PA-ABCD2345 \"Rác ở chợ\": Đã có trả lời cho phản ánh của bạn:\n\n"
                                        + "Đã thu gom rác.\n\nTra cứu bằng mã PA-ABCD2345 tại trang Phản ánh của Cổng"
                                        + " dịch vụ công.")),
                sent);
        // the same notice in English, for when notices follow the reader's language
        assertEquals(
                "Report PA-ABCD2345 \"Rác ở chợ\": Your report has been answered:\n\nĐã thu gom rác.\n\nLook it up"
                        + " with code PA-ABCD2345 on the Feedback page of the public service portal.",
                Message.of(
                                FeedbackModule.BUNDLE,
                                "notice.changed.body",
                                "PA-ABCD2345",
                                "Rác ở chợ",
                                Message.of(FeedbackModule.BUNDLE, "notice.published", "Đã thu gom rác."))
                        .in(Locale.ENGLISH));
        assertEquals(
                "Phản ánh \"Rác ở chợ\" (PA-ABCD2345) đã quá hạn xử lý ngày 09/12/2026. Cán bộ xử lý: chưa phân công.",
                Message.text(
                        Message.VIETNAMESE,
                        FeedbackModule.BUNDLE,
                        "notice.overdue.body",
                        "Rác ở chợ",
                        "PA-ABCD2345",
                        "09/12/2026",
                        Message.text(Message.VIETNAMESE, FeedbackModule.BUNDLE, "notice.overdue.unassigned")));
    }

    @Test
    void switchingTheModuleOffClosesEveryOneOfItsApis() throws IOException {
        List<String> prefixes = new FeedbackModule().pathPrefixes();
        Pattern resource = Pattern.compile("@Path\\(\"([^\"]+)\"\\)\\s*(?:@[^\\n]+\\s*)*public class");
        int resources = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = resource.matcher(Files.readString(source));
                while (m.find()) {
                    resources++;
                    String path = "/api/v1/" + m.group(1).replaceAll("^/|/$", "") + "/";
                    assertTrue(
                            prefixes.stream().anyMatch(path::startsWith),
                            path + " is not switched off with the module");
                }
            }
        }
        assertTrue(resources >= 2, "the module's REST resources were found: " + resources);
    }
}
