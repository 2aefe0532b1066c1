package vn.egov.procedures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.api.helpers.DatabaseMoments;
import vn.egov.procedures.domain.PortalMessage;

/**
 * Sends the national portal's messages one at a time, each in its own transaction: the oldest
 * unsent message of a dossier whose time has come (a dossier's later messages wait behind it, so
 * they arrive in order), claimed with a row lock that other servers skip. A failure is retried
 * with back-off (30 s doubling to an hour); after {@value #SHOWN_FAILED} tries it shows as failed
 * and is still retried hourly. The message's id goes as {@code Idempotency-Key}, so a resend after
 * a lost answer is recognised by the receiver.
 */
@ApplicationScoped
public class PortalSender {
    static final int SHOWN_FAILED = 6;

    @PersistenceContext(unitName = "procedures")
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Whether an endpoint is configured: without one nothing is sent. */
    public boolean configured() {
        return !settings.text(ProceduresModule.PORTAL_URL).isBlank();
    }

    /** Sends one due message; false when none is due (or no endpoint is configured). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean sendOne() {
        String url = settings.text(ProceduresModule.PORTAL_URL).strip();
        if (url.isEmpty()) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        select m.id from procedures.portal_message m
                        where m.state <> 'SENT' and m.next_try_at <= {now}
                          and m.id = (select min(o.id) from procedures.portal_message o
                                      where o.dossier_id = m.dossier_id and o.state <> 'SENT')
                        order by m.next_try_at, m.id
                        limit 1
                        for update of m skip locked""".replace("{now}", DatabaseMoments.literal(now)))
                .getResultList();
        if (ids.isEmpty()) {
            return false;
        }
        PortalMessage m = em.find(PortalMessage.class, ids.get(0).longValue());
        String error = post(url, m);
        OffsetDateTime after = OffsetDateTime.now(clock);
        if (error == null) {
            m.sent(after);
        } else {
            long seconds = Math.min(3600, 30L << Math.min(m.getAttempts(), 7));
            m.failed(error, after.plusSeconds(seconds), m.getAttempts() + 1 >= SHOWN_FAILED);
        }
        return true;
    }

    private String post(String url, PortalMessage m) {
        String body = "{\"MessageId\":" + m.getId() + ",\"Kind\":\"" + m.getKind() + "\",\"MaHoSo\":\""
                + m.getDossierCode() + "\",\"Data\":" + m.getPayload() + "}";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Idempotency-Key", String.valueOf(m.getId()))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        String token = settings.text(ProceduresModule.PORTAL_TOKEN);
        if (!token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() / 100 == 2 ? null : "HTTP " + answer.statusCode();
        } catch (IOException | IllegalArgumentException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The outbox's counts for the admin page: by state and kind, and the transitions they tell. */
    public record Counts(long pending, long failed, long sent, long transitions, long messages) {
        /** Every journalled transition of a submitted dossier wrote two messages (the dossier and the step). */
        public boolean reconciled() {
            return messages == 2 * transitions && pending + failed + sent == messages;
        }
    }

    public Counts counts() {
        Object[] r = (Object[]) em.createNativeQuery("""
                        select count(*) filter (where state = 'PENDING'), count(*) filter (where state = 'FAILED'),
                               count(*) filter (where state = 'SENT'), count(*),
                               (select count(*) from procedures.handover h join procedures.dossier d on d.id = h.dossier_id
                                where h.status_after <> 'DRAFT' and d.code is not null)
                        from procedures.portal_message""").getSingleResult();
        return new Counts(n(r[0]), n(r[1]), n(r[2]), n(r[4]), n(r[3]));
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }

    /** Messages not sent yet (failed first), or the last sent ones. */
    public List<PortalMessage> list(boolean sent, int max) {
        return em.createQuery(
                        sent
                                ? "select m from PortalMessage m where m.state = 'SENT' order by m.sentAt desc"
                                : "select m from PortalMessage m where m.state <> 'SENT' order by m.state, m.id",
                        PortalMessage.class)
                .setMaxResults(max)
                .getResultList();
    }
}
