package vn.egov.kernel.calendar;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.egov.kernel.KernelModule;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.WorkingDayCalendar;
import vn.egov.kernel.api.helpers.TableSnapshot;
import vn.egov.kernel.settings.SettingsStore;

/** The working-day calendar with the exceptions admins recorded in the database. */
@ApplicationScoped
public class OfficeCalendar implements WorkingDayCalendar {
    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * The rules with all recorded exceptions (the table holds a few rows a year), read in one query
     * at most every {@link SettingsStore#MAX_AGE}, like the settings: an inbox of 200 reports asks
     * for two deadlines each, which read the table 400 times before.
     */
    private final TableSnapshot<WorkingDayRules> rules = new TableSnapshot<>(SettingsStore.MAX_AGE, () -> {
        Map<LocalDate, Boolean> recorded = em.createQuery("select d from CalendarDay d", CalendarDay.class)
                .getResultStream()
                .collect(Collectors.toUnmodifiableMap(CalendarDay::getDay, CalendarDay::isWorking));
        return new WorkingDayRules(recorded::get);
    });

    private WorkingDayRules rules() {
        return rules.get();
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return rules().isWorkingDay(day);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        return rules().addWorkingDays(start, workingDays);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return rules().workingDaysBetween(from, to);
    }

    public List<CalendarDay> exceptions(int year) {
        return em.createQuery(
                        "select d from CalendarDay d where d.day between :a and :b order by d.day", CalendarDay.class)
                .setParameter("a", LocalDate.of(year, 1, 1))
                .setParameter("b", LocalDate.of(year, 12, 31))
                .getResultList();
    }

    @Transactional
    public void record(LocalDate day, boolean working, String note) {
        if (note == null || note.isBlank()) {
            throw FieldErrors.of("note", Message.of(KernelModule.BUNDLE, "calendar.noteRequired"));
        }
        em.merge(new CalendarDay(day, working, note.trim()));
        em.flush();
        rules.changedIn(transactions);
        audit.record("kernel.calendar.daySet", "calendar_day", day, (working ? "làm việc: " : "nghỉ: ") + note);
    }
}
