package vn.egov.kernel.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** At start-up, after the schema and any demo data: the first-run link when no administrator exists. */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstRunOffer {
    @Inject
    FirstAdministrator firstAdministrator;

    @PostConstruct
    void offer() {
        firstAdministrator.offerIfNeeded();
    }
}
