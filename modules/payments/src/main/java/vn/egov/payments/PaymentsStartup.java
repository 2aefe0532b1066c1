package vn.egov.payments;

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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.egov.kernel.api.Accounts;
import vn.egov.kernel.api.ConfigKeys;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.Organisation;
import vn.egov.kernel.api.Settings;
import vn.egov.payments.api.CaseReference;
import vn.egov.payments.api.FeeOrders;
import vn.egov.payments.domain.ReceiptSeries;

/**
 * At start-up: points the gateway settings at the sandbox when the launcher started one (embedded
 * database only), and loads the demo receipt series and fee orders once.
 */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
public class PaymentsStartup {
    private static final Logger LOG = Logger.getLogger(PaymentsStartup.class.getName());
    static final String LOADED = "payments.demo.loadedAt";

    @Inject
    @ConfigProperty(name = ConfigKeys.PAYMENTS_SANDBOX_URL)
    Optional<String> sandboxUrl;

    @Inject
    @ConfigProperty(name = ConfigKeys.PAYMENTS_SANDBOX_TMN)
    Optional<String> sandboxTmn;

    @Inject
    @ConfigProperty(name = ConfigKeys.PAYMENTS_SANDBOX_SECRET)
    Optional<String> sandboxSecret;

    @Inject
    @ConfigProperty(name = ConfigKeys.DEMO_DIR)
    Optional<String> demoDir;

    @Inject
    Settings settings;

    @Inject
    Organisation organisation;

    @Inject
    Accounts accounts;

    @Inject
    FeeOrders orders;

    @Inject
    FeeCodes feeCodes;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "payments")
    EntityManager em;

    @PostConstruct
    void start() {
        if (sandboxUrl.isPresent() && sandboxTmn.isPresent() && sandboxSecret.isPresent()) {
            String base = sandboxUrl.get().endsWith("/") ? sandboxUrl.get() : sandboxUrl.get() + "/";
            put(PaymentsModule.GATEWAY_PAYMENT_URL.key(), base + "paymentv2/vpcpay.html");
            put(PaymentsModule.GATEWAY_API_URL.key(), base + "merchant_webapi/api/transaction");
            put(PaymentsModule.SETTLEMENT_URL.key(), base + "merchant_webapi/settlement");
            put(PaymentsModule.TERMINAL_CODE.key(), sandboxTmn.get());
            if (!sandboxSecret.get().equals(settings.text(PaymentsModule.HASH_SECRET))) {
                settings.putSecret(PaymentsModule.HASH_SECRET.key(), sandboxSecret.get());
            }
            LOG.info("Payments go to the sandbox gateway at " + base + " (never in production)");
        }
        if (demoDir.isPresent() && settings.get(LOADED, null) == null) {
            loadDemo(Path.of(demoDir.get()));
        }
    }

    private void put(String key, String value) {
        if (!value.equals(settings.get(key, null))) {
            settings.put(key, value);
        }
    }

    private void loadDemo(Path dir) {
        Path fees = dir.resolve("payments-fees.csv");
        if (Files.exists(fees)) {
            for (CSVRecord row : rows(fees)) {
                feeCodes.save(new FeeCodes.FeeForm(
                        row.get("code"),
                        row.get("name"),
                        FeeOrders.FeeKind.valueOf(row.get("kind")),
                        Long.parseLong(row.get("amount")),
                        row.get("legal_basis"),
                        true));
            }
        }
        Path series = dir.resolve("payments-series.csv");
        Path demoOrders = dir.resolve("payments-orders.csv");
        if (!Files.exists(series) || !Files.exists(demoOrders)) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (CSVRecord row : rows(series)) {
            em.persist(new ReceiptSeries(
                    unit(row.get("agency")),
                    row.get("template"),
                    row.get("series"),
                    Integer.parseInt(row.get("from")),
                    Integer.parseInt(row.get("to")),
                    row.get("collector_name"),
                    row.get("collector_tax_code"),
                    row.get("collector_address"),
                    now,
                    "demo"));
        }
        for (CSVRecord row : rows(demoOrders)) {
            var payer = accounts.find(row.get("payer")).orElseThrow();
            orders.create(new FeeOrders.FeeOrderRequest(
                    new CaseReference("demo", row.get("case_code")),
                    row.get("case_title"),
                    payer.username(),
                    payer.displayName(),
                    payer.cccd(),
                    null,
                    unit(row.get("agency")),
                    List.of(new FeeOrders.FeeLine(
                            row.get("fee_code"),
                            row.get("fee_name"),
                            FeeOrders.FeeKind.valueOf(row.get("kind")),
                            Long.parseLong(row.get("amount")),
                            row.get("legal_basis"))),
                    null));
        }
        settings.put(LOADED, LocalDate.now(clock).toString());
        LOG.info("Demo receipt series and fee orders loaded from " + dir);
    }

    private static List<CSVRecord> rows(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }

    private long unit(String code) {
        return organisation
                .unitByCode(code)
                .map(OrgUnitView::id)
                .orElseThrow(() -> new IllegalStateException("Demo payments name an unknown unit " + code));
    }
}
