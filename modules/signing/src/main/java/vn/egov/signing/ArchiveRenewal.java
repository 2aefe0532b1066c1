package vn.egov.signing;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/** Every night, renews the document time-stamps of archived long-term documents that are due. */
@Singleton
public class ArchiveRenewal {
    private static final Logger LOG = Logger.getLogger(ArchiveRenewal.class.getName());

    @Inject
    Clock clock;

    @Inject
    LongTermArchive archive;

    @Schedule(hour = "2", minute = "17", persistent = false)
    void nightly() {
        int renewed = archive.renewDue(clock.instant(), 200);
        if (renewed > 0) {
            LOG.info(() -> renewed + " archived document(s) time-stamped again");
        }
    }
}
