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
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.egov.feedback.GroupCommit.Outcome;
import vn.egov.feedback.domain.Channel;
import vn.egov.feedback.domain.FeedbackReport;
import vn.egov.feedback.domain.ReportDraft;
import vn.egov.feedback.domain.Screening;
import vn.egov.feedback.domain.TrackingCodes;
import vn.egov.kernel.api.Attachments;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.api.helpers.DatabaseLocks;

/**
 * Stores checked reports, several in one transaction when they arrive together: counts each
 * sender's recent reports (one query for the whole batch), refuses floods, screens, stores,
 * audits and acknowledges. A refused report's audit entry commits with the others. The count is
 * decided by the database: each sender's advisory lock is held from the count to the commit, so
 * servers of a cluster (or two transactions of one) never let a sender past his limit together.
 */
@ApplicationScoped
public class ReportWriter {
    /** Looked up once: {@code Json.createArrayBuilder()} searches the class path for a provider on every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "feedback")
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    @Inject
    CitizenNotices notices;

    @Inject
    Attachments attachments;

    private volatile CurrentScreening screening;

    /**
     * A report that passed the intake's checks, with who sent it, from where, and who uploaded
     * files in the sending request (its photos must be that uploader's).
     */
    public record Submission(
            ReportDraft draft,
            long categoryId,
            Channel channel,
            String citizenUsername,
            String sourceAddress,
            AuditTrail.Origin origin,
            String uploader,
            Partner partner) {
        /**
         * Whose reports count towards a flood: the account, the Open311 partner's key label, or for
         * anonymous senders the address (null if none is known).
         */
        String sender() {
            return citizenUsername != null ? citizenUsername : partner != null ? partner.label() : sourceAddress;
        }

        /** {@link #sender()} with its kind, as the flood counts are keyed. */
        String floodSource() {
            return sender() == null ? null : kind() + ":" + sender();
        }

        private String kind() {
            return citizenUsername != null ? "account" : partner != null ? "partner" : "address";
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
        int window = settings.integer(FeedbackModule.FLOOD_WINDOW_MINUTES);
        int accountLimit = settings.integer(FeedbackModule.FLOOD_REFUSE_AFTER);
        int addressLimit = settings.integer(FeedbackModule.FLOOD_ANONYMOUS_REFUSE_AFTER);
        OffsetDateTime now = OffsetDateTime.now(clock);
        // every server counts a sender's reports only after the one before him has committed his last
        DatabaseLocks.forTransaction(
                em,
                batch.stream()
                        .map(Submission::floodSource)
                        .filter(java.util.Objects::nonNull)
                        .map(source -> "feedback.flood:" + source)
                        .toList());
        Map<String, Integer> recent = recentFrom(
                batch,
                now.minusMinutes(window),
                Math.max(Math.max(accountLimit, addressLimit), settings.integer(FeedbackModule.FLOOD_HOLD_AFTER)));
        Screening screening = screening();
        List<Outcome<FeedbackReport>> outcomes = new ArrayList<>(batch.size());
        for (Submission s : batch) {
            String source = s.floodSource();
            int before = source == null ? 0 : recent.getOrDefault(source, 0);
            int limit = s.partner() != null
                    ? s.partner().limit()
                    : s.citizenUsername() != null ? accountLimit : addressLimit;
            if (before >= limit) {
                audit.record(
                        s.origin(),
                        "feedback.floodRefused",
                        "feedback_report",
                        null,
                        "from " + s.sender() + ", " + before + " in " + window + " min, limit " + limit);
                outcomes.add(Outcome.refused(
                        new TooManyReports(window, s.citizenUsername() == null && s.partner() == null)));
                continue;
            }
            // a partner relays many citizens: its volume is no sign of spam, only its own limit applies
            List<String> reasons =
                    screening.reasons(s.draft().title(), s.draft().description(), s.partner() != null ? 0 : before);
            FeedbackReport report = new FeedbackReport(
                    s.draft(),
                    s.categoryId(),
                    TrackingCodes.next(),
                    s.channel(),
                    s.citizenUsername(),
                    s.sourceAddress(),
                    now,
                    reasons);
            if (s.partner() != null) {
                report.sentThroughPartner(s.partner().label());
            }
            report.issueSenderKey();
            em.persist(report);
            claimPhotos(s, report);
            if (source != null) {
                recent.merge(source, 1, Integer::sum);
            }
            audit.record(
                    s.origin(),
                    "feedback.submitted",
                    "feedback_report",
                    report.getTrackingCode(),
                    s.channel() + (reasons.isEmpty() ? "" : ", held: " + String.join("; ", reasons)));
            notices.received(report);
            outcomes.add(Outcome.written(report));
        }
        em.flush();
        return outcomes;
    }

    /**
     * The report's photos become its own, if the sender uploaded them and they are unused. A
     * refusal fails the whole transaction: {@code GroupCommit} then writes the batch's reports one
     * by one, so only this one is refused.
     */
    private void claimPhotos(Submission s, FeedbackReport report) {
        if (s.draft().photoIds().isEmpty()) {
            return;
        }
        try {
            attachments.claim(s.draft().photoIds(), s.uploader(), "feedback_report " + report.getTrackingCode());
        } catch (FieldErrors refused) {
            throw FieldErrors.of(
                    "photos", refused.messages().values().iterator().next());
        }
    }

    /**
     * The batch's senders' reports within the flood window, keyed as {@link Submission#floodSource}
     * (an address counts only its anonymous reports),
     * counted only as far as the limits need: a flood must not make each refusal slower.
     */
    private Map<String, Integer> recentFrom(List<Submission> batch, OffsetDateTime since, int enough) {
        Set<String> accounts = new LinkedHashSet<>();
        Set<String> addresses = new LinkedHashSet<>();
        Set<String> partners = new LinkedHashSet<>();
        int partnersEnough = 0;
        for (Submission s : batch) {
            if (s.citizenUsername() != null) {
                accounts.add(s.citizenUsername());
            } else if (s.partner() != null) {
                partners.add(s.partner().label());
                partnersEnough = Math.max(partnersEnough, s.partner().limit());
            } else if (s.sourceAddress() != null) {
                addresses.add(s.sourceAddress());
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        if (accounts.isEmpty() && addresses.isEmpty() && partners.isEmpty()) {
            return counts;
        }
        // a named query is parsed once, not on every submission
        List<?> rows = em.createNamedQuery(FeedbackReport.RECENT_FROM)
                .setParameter(1, jsonArray(accounts))
                .setParameter(2, jsonArray(addresses))
                .setParameter(3, since)
                .setParameter(4, enough)
                .setParameter(5, partnersEnough)
                .setParameter(6, jsonArray(partners))
                .getResultList();
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
        List<String> lists = List.of(
                settings.text(FeedbackModule.KEYWORDS_BETTING),
                settings.text(FeedbackModule.KEYWORDS_SEO),
                settings.text(FeedbackModule.KEYWORDS_ABUSE));
        int holdAfter = settings.integer(FeedbackModule.FLOOD_HOLD_AFTER);
        CurrentScreening current = screening;
        if (current == null || !current.lists().equals(lists) || current.holdAfter() != holdAfter) {
            current = new CurrentScreening(lists, holdAfter, new Screening(lists, holdAfter));
            screening = current;
        }
        return current.screening();
    }

    private record CurrentScreening(List<String> lists, int holdAfter, Screening screening) {}
}
