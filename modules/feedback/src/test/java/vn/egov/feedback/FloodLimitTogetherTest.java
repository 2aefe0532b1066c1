package vn.egov.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.egov.feedback.GroupCommit.Outcome;
import vn.egov.feedback.ReportWriter.Submission;
import vn.egov.feedback.domain.Category;
import vn.egov.feedback.domain.Channel;
import vn.egov.feedback.domain.FeedbackReport;
import vn.egov.feedback.domain.ReportDraft;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.testing.TestDatabase;

/**
 * Flood limits hold across servers: eight transactions of one sender at the same moment (as eight
 * servers would run them) store no more reports than his limit; the others are refused.
 */
class FloodLimitTogetherTest {
    private static final int LIMIT = 3;

    @Test
    void concurrentSubmissionsNeverLetASenderPastHisLimit() throws Exception {
        long category = TestDatabase.inTransaction("feedback", em -> {
            Category c = new Category("LU_LUT", "Lũ lụt", "Floods", null, 5, null);
            em.persist(c);
            em.flush();
            return c.getId();
        });
        String sender = "nguoi-gui-" + System.nanoTime();
        CyclicBarrier start = new CyclicBarrier(8);
        ExecutorService servers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Outcome<FeedbackReport>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                runs.add(servers.submit(() -> {
                    start.await();
                    return TestDatabase.inTransaction("feedback", em -> {
                        ReportWriter writer = writer();
                        writer.em = em;
                        return writer.inOwnTransaction(List.of(submission(category, sender, n)))
                                .get(0);
                    });
                }));
            }
            int written = 0;
            int refused = 0;
            for (Future<Outcome<FeedbackReport>> run : runs) {
                Outcome<FeedbackReport> outcome = run.get();
                if (outcome.refusal() instanceof TooManyReports) {
                    refused++;
                } else if (outcome.result() != null) {
                    written++;
                }
            }
            assertEquals(LIMIT, written, "the limit is " + LIMIT);
            assertEquals(8 - LIMIT, refused);
        } finally {
            servers.shutdownNow();
        }
        long stored = TestDatabase.inTransaction(
                "feedback",
                em -> em.createQuery("select count(r) from FeedbackReport r where r.citizenUsername = :u", Long.class)
                        .setParameter("u", sender)
                        .getSingleResult());
        assertEquals(LIMIT, stored);
    }

    private static Submission submission(long category, String sender, int n) {
        ReportDraft draft = new ReportDraft(
                "LU_LUT",
                "Nước ngập sâu đường thôn " + n,
                "Nước ngập sâu sau mưa lớn, xe máy không đi qua được đoạn đường thôn " + n + ".",
                "Thôn Đông",
                7L,
                null,
                null,
                false,
                "Nguyễn Văn An",
                null,
                null,
                false,
                List.of());
        return new Submission(
                draft,
                category,
                Channel.WEB,
                sender,
                "127.0.0.1",
                new AuditTrail.Origin(sender, "127.0.0.1"),
                sender,
                null);
    }

    /** The writer outside a container: settings at their defaults but the limit, audit and notices kept aside. */
    private static ReportWriter writer() {
        ReportWriter writer = new ReportWriter();
        writer.clock = java.time.Clock.systemUTC();
        writer.settings = new Settings() {
            @Override
            public String get(String key, String defaultValue) {
                return FeedbackModule.FLOOD_REFUSE_AFTER.key().equals(key) ? String.valueOf(LIMIT) : defaultValue;
            }

            @Override
            public void put(String key, String value) {
                throw new UnsupportedOperationException();
            }
        };
        writer.audit = new AuditTrail() {
            @Override
            public void record(String action, String targetType, Object targetId, String detail) {}

            @Override
            public void recordAs(String actor, String action, String targetType, Object targetId, String detail) {}

            @Override
            public Origin currentOrigin() {
                return new Origin("test", "127.0.0.1");
            }

            @Override
            public void record(Origin origin, String action, String targetType, Object targetId, String detail) {}
        };
        writer.notices = new CitizenNotices() {
            @Override
            public void received(FeedbackReport report) {}
        };
        return writer;
    }
}
