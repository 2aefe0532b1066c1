package vn.egov.procedures;

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
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.egov.kernel.api.ConfigKeys;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.Organisation;
import vn.egov.kernel.api.Settings;
import vn.egov.procedures.domain.Desk;

/** At start-up with demo data: loads the one-stop desks and the demo catalogue, and generates a year of dossiers, once. */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
public class ProceduresStartup {
    private static final Logger LOG = Logger.getLogger(ProceduresStartup.class.getName());
    static final String LOADED = "procedures.demo.loadedAt";

    @Inject
    @ConfigProperty(name = ConfigKeys.DEMO_DIR)
    Optional<String> demoDir;

    @Inject
    Settings settings;

    @Inject
    Organisation organisation;

    @Inject
    Catalogue catalogue;

    @Inject
    Clock clock;

    @Inject
    DemoYear demoYear;

    @PersistenceContext(unitName = "procedures")
    EntityManager em;

    @PostConstruct
    void start() {
        if (demoDir.isEmpty() || settings.get(LOADED, null) != null) {
            return;
        }
        Path dir = Path.of(demoDir.get());
        Path desks = dir.resolve("procedures-desks.csv");
        Path procedures = dir.resolve("procedures-catalogue.csv");
        if (!Files.exists(desks) || !Files.exists(procedures)) {
            return;
        }
        try (Reader in = Files.newBufferedReader(desks, StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .getRecords();
            for (CSVRecord row : rows) {
                em.merge(new Desk(unit(row.get("agency")), unit(row.get("desk")), row.get("identifier_code")));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + desks, e);
        }
        em.flush();
        try (Reader in = Files.newBufferedReader(procedures, StandardCharsets.UTF_8)) {
            for (CatalogueCsv.Row row : CatalogueCsv.read(in, this::unitOrNull, LocalDate.now(clock))) {
                catalogue.publish(row.facts(), row.agencyIds(), row.parts(), row.effectiveFrom(), "demo");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + procedures, e);
        }
        Path names = dir.resolve("procedures-demo-names.csv");
        int generated = Files.exists(names) ? demoYear.generate(names, 6) : 0;
        settings.put(LOADED, LocalDate.now(clock).toString());
        LOG.info("Demo one-stop desks and procedure catalogue loaded from " + dir + "; " + generated
                + " dossiers of a generated year (marked generated)");
    }

    private Long unitOrNull(String code) {
        return organisation.unitByCode(code).map(OrgUnitView::id).orElse(null);
    }

    private long unit(String code) {
        Long id = unitOrNull(code);
        if (id == null) {
            throw new IllegalStateException("Demo procedures name an unknown unit " + code);
        }
        return id;
    }
}
