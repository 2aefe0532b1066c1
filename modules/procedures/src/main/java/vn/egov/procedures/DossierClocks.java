package vn.egov.procedures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.api.WorkingDayCalendar;
import vn.egov.procedures.domain.DossierClock;

/** The dossier clock over the kernel's calendar and the office hours the admins set. */
@ApplicationScoped
public class DossierClocks {
    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Settings settings;

    public DossierClock clock() {
        DossierClock.OfficeHours d = DossierClock.OfficeHours.DEFAULT;
        try {
            return new DossierClock(
                    calendar,
                    new DossierClock.OfficeHours(
                            LocalTime.parse(settings.text(ProceduresModule.OFFICE_OPENS)),
                            LocalTime.parse(settings.text(ProceduresModule.OFFICE_CLOSES)),
                            LocalTime.parse(settings.text(ProceduresModule.LATE_FROM))));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            // a value that is not a time (or hours that close before they open) reads as the default
            return new DossierClock(calendar, d);
        }
    }
}
