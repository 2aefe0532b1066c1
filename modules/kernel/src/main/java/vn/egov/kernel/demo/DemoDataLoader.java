package vn.egov.kernel.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
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
import vn.egov.kernel.account.Account;
import vn.egov.kernel.account.AccountRegistry;
import vn.egov.kernel.account.CitizenRegistration;
import vn.egov.kernel.api.ConfigKeys;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.organisation.OrganisationTree;

/**
 * Loads the demo reference data (a province, communes, agencies and one account per role)
 * from the folder {@code platform.demo.dir}, once: a marker in the settings store stops a
 * second load. Production deployments leave the property unset.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class DemoDataLoader {
    static final String LOADED = "kernel.demo.loadedAt";
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = ConfigKeys.DEMO_DIR)
    Optional<String> demoDir;

    @Inject
    Settings settings;

    @Inject
    OrganisationTree organisation;

    @Inject
    AccountRegistry accounts;

    @PostConstruct
    void loadOnce() {
        if (demoDir.isEmpty() || settings.get(LOADED, null) != null) {
            return;
        }
        Path dir = Path.of(demoDir.get());
        try {
            loadOrganisation(read(dir.resolve("organisation.csv")));
            loadAccounts(read(dir.resolve("accounts.csv")));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read demo data in " + dir, e);
        }
        settings.put(LOADED, LocalDate.now(clock).toString());
        LOG.info("Demo reference data loaded from " + dir);
    }

    private void loadOrganisation(List<CSVRecord> rows) {
        for (CSVRecord row : rows) {
            Long parent = row.get("parent").isBlank()
                    ? null
                    : organisation
                            .unitByCode(row.get("parent"))
                            .map(OrgUnitView::id)
                            .orElseThrow();
            OrgUnitView unit = organisation.create(
                    row.get("code"), row.get("level"), parent, row.get("name"), LocalDate.parse(row.get("valid_from")));
            if (!row.get("valid_to").isBlank()) {
                // dissolved before the two-tier reform: ended, its communes now under the province
                organisation.merge(
                        unit.id(), parent, LocalDate.parse(row.get("valid_to")).plusDays(1));
            }
        }
    }

    private void loadAccounts(List<CSVRecord> rows) {
        for (CSVRecord row : rows) {
            String username = row.get("username");
            Account account = accounts.byUsername(username).orElseGet(() -> create(row));
            if (!row.get("role").isBlank()) {
                Long unit = organisation
                        .unitByCode(row.get("unit"))
                        .map(OrgUnitView::id)
                        .orElseThrow();
                accounts.grant(account.getId(), unit, Role.valueOf(row.get("role")));
            }
        }
    }

    private Account create(CSVRecord row) {
        if ("CITIZEN".equals(row.get("kind"))) {
            Account citizen = accounts.registerCitizen(new CitizenRegistration(
                    row.get("username"),
                    row.get("display_name"),
                    row.get("cccd"),
                    row.get("email"),
                    null,
                    row.get("password"),
                    row.get("password")));
            // the demo citizen stands for one whose card the desk has checked, so that he can sign
            accounts.verifyIdentity(citizen.getId(), "demo-data");
            return citizen;
        }
        return accounts.createStaff(
                row.get("username"), row.get("display_name"), row.get("email"), row.get("password"));
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
    }
}
