package vn.egov.indices;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.egov.indices.domain.PlanTarget;
import vn.egov.kernel.api.ConfigKeys;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.Organisation;
import vn.egov.kernel.api.Settings;

/**
 * At start-up: installs the preset frameworks (the 766 service index and the DTI of Decision 922)
 * from the module's CSV files when they are not there yet (admins change them by publishing new
 * versions), and with the demo data a plan of the year with its targets.
 */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
public class IndicesStartup {
    private static final Logger LOG = Logger.getLogger(IndicesStartup.class.getName());
    static final String LOADED = "indices.demo.loadedAt";

    /** The presets: code, file, kind, scale, shown on the public page, in force from. */
    record Preset(String code, String file, Frameworks.Kind kind, double scale, boolean publicPage, LocalDate from) {}

    static final List<Preset> PRESETS = List.of(
            new Preset("766", "766.csv", Frameworks.Kind.SERVICE_INDEX, 100, true, LocalDate.of(2022, 1, 1)),
            new Preset(
                    "dti-922", "dti-922.csv", Frameworks.Kind.SELF_ASSESSMENT, 1000, false, LocalDate.of(2022, 1, 1)));

    @Inject
    @ConfigProperty(name = ConfigKeys.DEMO_DIR)
    Optional<String> demoDir;

    @Inject
    Frameworks frameworks;

    @Inject
    Plans plans;

    @Inject
    Settings settings;

    @Inject
    Organisation organisation;

    @Inject
    Clock clock;

    @PostConstruct
    void start() {
        for (Preset p : PRESETS) {
            if (frameworks.byCode(p.code()).isEmpty()) {
                frameworks.install(
                        p.code(),
                        Message.text(Message.VIETNAMESE, IndicesModule.BUNDLE, "preset." + p.code()),
                        Message.text(java.util.Locale.ENGLISH, IndicesModule.BUNDLE, "preset." + p.code()),
                        p.kind(),
                        p.scale(),
                        p.publicPage(),
                        preset(p.file()),
                        p.from());
                LOG.info("Indices: preset framework " + p.code() + " installed");
            }
        }
        demoPlan();
    }

    static String preset(String file) {
        try (InputStream in = IndicesStartup.class.getResourceAsStream("/indices/presets/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Preset missing: " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read preset " + file, e);
        }
    }

    private void demoPlan() {
        if (demoDir.isEmpty() || settings.get(LOADED, null) != null) {
            return;
        }
        Path file = Path.of(demoDir.get(), "indices-plan.csv");
        if (!Files.exists(file)) {
            return;
        }
        int year = LocalDate.now(clock).getYear();
        long plan = plans.createAs(
                "KH-CDS-" + year,
                Message.text(Message.VIETNAMESE, IndicesModule.BUNDLE, "demo.planName", String.valueOf(year)),
                year);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .getRecords();
            for (CSVRecord r : rows) {
                Long owner = organisation
                        .unitByCode(r.get("owner"))
                        .map(OrgUnitView::id)
                        .orElse(null);
                LocalDate deadline = LocalDate.of(year, Integer.parseInt(r.get("deadline_month")), 1)
                        .plusMonths(1)
                        .minusDays(1);
                PlanTarget t = plans.addAs(plan, r.get("text"), owner, deadline);
                switch (r.get("measure")) {
                    case "INDICATOR" ->
                        plans.measureAs(
                                t.getId(), r.get("framework"), r.get("indicator"), new BigDecimal(r.get("target")));
                    case "MANUAL" ->
                        plans.reportAs(t.getId(), vn.egov.indices.domain.TargetStatus.IN_PROGRESS, r.get("note"));
                    default -> {}
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
        settings.put(LOADED, LocalDate.now(clock).toString());
        LOG.info("Demo plan of " + year + " loaded from " + file);
    }
}
