package vn.egov.procedures.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import vn.egov.kernel.api.Message;
import vn.egov.procedures.DossierClocks;
import vn.egov.procedures.ProceduresModule;
import vn.egov.procedures.domain.Dossier;

/** Formatting shared by the module's pages: money, the countdown of a dossier. */
@Named
@ApplicationScoped
public class ProceduresView {
    @Inject
    DossierClocks clocks;

    @Inject
    Clock clock;

    public String money(long vnd) {
        return Message.of(
                        ProceduresModule.BUNDLE,
                        "money",
                        NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi"))
                                .format(vnd))
                .onPage();
    }

    /** "3 working days left", "late by 2 working days", or nothing when no clock runs. */
    public String countdown(Dossier d) {
        if (d == null || d.getDueAt() == null || !d.getStatus().inProcess()) {
            return "";
        }
        var c = clocks.clock();
        OffsetDateTime from = d.getPausedAt() != null ? d.getPausedAt() : OffsetDateTime.now(clock);
        long left = c.minutesLeft(from, d.getDueAt());
        String key = d.isPaused() ? "countdown.paused" : left >= 0 ? "countdown.left" : "countdown.late";
        long minutes = Math.abs(left);
        return Message.of(ProceduresModule.BUNDLE, key, c.days(minutes), (minutes % c.minutesPerDay()) / 60)
                .onPage();
    }

    public boolean late(Dossier d) {
        return d != null
                && d.getDueAt() != null
                && d.getStatus().inProcess()
                && !d.isPaused()
                && OffsetDateTime.now(clock).isAfter(d.getDueAt());
    }
}
