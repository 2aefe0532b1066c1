package vn.egov.feedback;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.egov.feedback.domain.Category;
import vn.egov.feedback.domain.RoutingRule;
import vn.egov.kernel.api.ConfigKeys;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.Organisation;
import vn.egov.kernel.api.Settings;

/**
 * Demo routing (which agency handles which category, per commune) from {@code feedback-routing.csv}
 * in the demo folder, once, after the kernel has loaded the demo organisation.
 */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
public class FeedbackDemoData {
    static final String LOADED = "feedback.demo.loadedAt";
    /** The api_key the README gives for trying Open311 clients against the demo. */
    static final String DEMO_OPEN311_KEY = "demo-open311-bac-ninh";

    static final String DEMO_SCREENING_DESK = "BN-TTPVHCC";
    private static final Logger LOG = Logger.getLogger(FeedbackDemoData.class.getName());

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = ConfigKeys.DEMO_DIR)
    Optional<String> demoDir;

    @Inject
    Settings settings;

    @Inject
    Organisation organisation;

    @PersistenceContext(unitName = "feedback")
    EntityManager em;

    @PostConstruct
    void loadOnce() {
        if (demoDir.isEmpty() || settings.get(LOADED, null) != null) {
            return;
        }
        Path file = Path.of(demoDir.get(), "feedback-routing.csv");
        if (!Files.exists(file)) {
            return;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                Category category = em.createQuery("select c from Category c where c.code = :c", Category.class)
                        .setParameter("c", row.get("category"))
                        .getSingleResult();
                Long commune = row.get("commune").isBlank() ? null : unit(row.get("commune"));
                em.persist(new RoutingRule(category.getId(), commune, unit(row.get("agency"))));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
        settings.put(FeedbackModule.OPEN311_API_KEYS.key(), DEMO_OPEN311_KEY);
        // the province's one-stop centre screens new reports; other agencies see only their own
        settings.put(FeedbackModule.SCREENING_AGENCY.key(), DEMO_SCREENING_DESK);
        settings.put(LOADED, LocalDate.now(clock).toString());
        LOG.info("Demo feedback routing loaded from " + file);
    }

    private Long unit(String code) {
        return organisation
                .unitByCode(code)
                .map(OrgUnitView::id)
                .orElseThrow(() -> new IllegalStateException("Demo routing names an unknown unit " + code));
    }
}
