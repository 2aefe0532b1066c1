package vn.egov.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.egov.feedback.domain.Channel;
import vn.egov.feedback.domain.FeedbackReport;
import vn.egov.feedback.domain.ReportDraft;
import vn.egov.feedback.domain.Screening;
import vn.egov.feedback.domain.TrackingCodes;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.GroupCommit.Outcome;
import vn.egov.kernel.api.Settings;

/**
 * Stores checked reports, several in one transaction when they arrive together: counts each
 * sender's recent reports (one query for the whole batch), refuses floods, screens, stores,
 * audits and acknowledges. A refused report's audit entry commits with the others.
 */
@ApplicationScoped
public class ReportWriter {
    /** Looked up once: {@code Json.createArrayBuilder()} searches the class path for a provider on every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    @PersistenceContext(unitName = "feedback")
    EntityManager em;
    @Inject
    Settings settings;
    @Inject
    AuditTrail audit;
    @Inject
    CitizenNotices notices;

    private volatile CurrentScreening screening;

    /** A report that passed the intake's checks, with who sent it and from where. */
    public record Submission(ReportDraft draft, long categoryId, Channel channel, String citizenUsername, String sourceAddress,
                             AuditTrail.Origin origin) {
        /** Whose reports count towards a flood: the account, or for anonymous senders the address (null if neither). */
        String sender() {
            return citizenUsername != null ? citizenUsername : sourceAddress;
        }

        /** {@link #sender()} with its kind, as the flood counts are keyed. */
        String floodSource() {
            return sender() == null ? null : (citizenUsername != null ? "account:" : "address:") + sender();
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    public List<Outcome<FeedbackReport>> inOwnTransaction(List<Submission> batch) {
        return write(batch);
    }

    /** For a caller that stores more in the same transaction (photos), which a refusal must roll back. */
    @Transactional(TxType.MANDATORY)
    public List<Outcome<FeedbackReport>> inCallersTransaction(List<Submission> batch) {
        return write(batch);
    }

    private List<Outcome<FeedbackReport>> write(List<Submission> batch) {
        int window = settings.getInt(FeedbackModule.FLOOD_WINDOW_MINUTES, 60);
        int refuseAfter = settings.getInt(FeedbackModule.FLOOD_REFUSE_AFTER, 10);
        OffsetDateTime now = OffsetDateTime.now();
        Map<String, Integer> recent = recentFrom(batch, now.minusMinutes(window),
            Math.max(refuseAfter, settings.getInt(FeedbackModule.FLOOD_HOLD_AFTER, 3)));
        Screening screening = screening();
        List<Outcome<FeedbackReport>> outcomes = new ArrayList<>(batch.size());
        for (Submission s : batch) {
            String source = s.floodSource();
            int before = source == null ? 0 : recent.getOrDefault(source, 0);
            if (before >= refuseAfter) {
                audit.record(s.origin(), "FEEDBACK_FLOOD_REFUSED", "feedback_report", null,
                    "from " + s.sender());
                outcomes.add(Outcome.refused(new TooManyReports(window)));
                continue;
            }
            List<String> reasons = screening.reasons(s.draft().title(), s.draft().description(), before);
            FeedbackReport report = new FeedbackReport(s.draft(), s.categoryId(), TrackingCodes.next(), s.channel(),
                s.citizenUsername(), s.sourceAddress(), now, reasons);
            em.persist(report);
            if (source != null) {
                recent.merge(source, 1, Integer::sum);
            }
            audit.record(s.origin(), "FEEDBACK_SUBMITTED", "feedback_report", report.getTrackingCode(),
                s.channel() + (reasons.isEmpty() ? "" : ", held: " + String.join("; ", reasons)));
            notices.received(report);
            outcomes.add(Outcome.written(report));
        }
        em.flush();
        return outcomes;
    }

    /**
     * The batch's senders' reports within the flood window, keyed as {@link Submission#floodSource},
     * counted only as far as the limits need: a flood must not make each refusal slower.
     */
    private Map<String, Integer> recentFrom(List<Submission> batch, OffsetDateTime since, int enough) {
        Set<String> accounts = new LinkedHashSet<>();
        Set<String> addresses = new LinkedHashSet<>();
        for (Submission s : batch) {
            if (s.sender() != null) {
                (s.citizenUsername() != null ? accounts : addresses).add(s.sender());
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        if (accounts.isEmpty() && addresses.isEmpty()) {
            return counts;
        }
        // a named query is parsed once, not on every submission
        List<?> rows = em.createNamedQuery(FeedbackReport.RECENT_FROM)
            .setParameter(1, jsonArray(accounts)).setParameter(2, jsonArray(addresses))
            .setParameter(3, since).setParameter(4, enough).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            counts.put(columns[0] + ":" + columns[1], ((Number) columns[2]).intValue());
        }
        return counts;
    }

    private static String jsonArray(Set<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array.build().toString();
    }

    /** The screening for the current settings, rebuilt only when an admin has changed them. */
    Screening screening() {
        List<String> lists = List.of(settings.get(FeedbackModule.KEYWORDS_BETTING, ""),
            settings.get(FeedbackModule.KEYWORDS_SEO, ""), settings.get(FeedbackModule.KEYWORDS_ABUSE, ""));
        int holdAfter = settings.getInt(FeedbackModule.FLOOD_HOLD_AFTER, 3);
        CurrentScreening current = screening;
        if (current == null || !current.lists().equals(lists) || current.holdAfter() != holdAfter) {
            current = new CurrentScreening(lists, holdAfter, new Screening(lists, holdAfter));
            screening = current;
        }
        return current.screening();
    }

    private record CurrentScreening(List<String> lists, int holdAfter, Screening screening) {
    }
}
