package vn.egov.kernel.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.egov.kernel.api.Notifications.Channel;
import vn.egov.kernel.testing.TestDatabase;

/** Two servers' dispatchers running at the same moment send every message exactly once. */
class DispatchersTogetherTest {

    @Test
    void twoDispatchersAtOnceSendEachNotificationOnce() throws Exception {
        TestDatabase.run("kernel", em -> {
            em.createQuery("update Notification n set n.status = :sent where n.status = :pending")
                    .setParameter("sent", Notification.Status.SENT)
                    .setParameter("pending", Notification.Status.PENDING)
                    .executeUpdate();
            for (int i = 0; i < 20; i++) {
                em.persist(new Notification(
                        Channel.EMAIL,
                        "nguoi" + i + "@example.vn",
                        "Thông báo " + i,
                        "Nội dung",
                        java.time.OffsetDateTime.now()));
            }
        });
        List<String> delivered = Collections.synchronizedList(new ArrayList<>());
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int server = 0; server < 2; server++) {
                runs.add(servers.submit(() -> TestDatabase.inTransaction("kernel", em -> {
                    await(start);
                    return dispatcher(em, delivered).dispatch(10);
                })));
            }
            int sent = runs.get(0).get() + runs.get(1).get();
            assertEquals(20, sent, "both dispatchers worked at once, each on its own ten");
            assertEquals(20, delivered.size());
            assertEquals(20, new HashSet<>(delivered).size(), "no message went out twice: " + delivered);
        } finally {
            servers.shutdownNow();
        }
        long pending = TestDatabase.inTransaction(
                "kernel",
                em -> em.createQuery("select count(n) from Notification n where n.status = :p", Long.class)
                        .setParameter("p", Notification.Status.PENDING)
                        .getSingleResult());
        assertEquals(0, pending);
    }

    private static NotificationDispatcher dispatcher(EntityManager em, List<String> delivered) {
        NotificationDispatcher dispatcher = new NotificationDispatcher();
        dispatcher.em = em;
        dispatcher.clock = java.time.Clock.systemUTC();
        dispatcher.mail = new MailSender() {
            @Override
            public void send(String to, String subject, String body) {
                delivered.add(to);
                try {
                    Thread.sleep(30); // a real SMTP exchange: the other server runs meanwhile
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        return dispatcher;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
