package vn.egov.kernel.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.kernel.api.ModuleDescriptor;
import vn.egov.kernel.api.SettingDefinition;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.audit.AuditEntry;
import vn.egov.kernel.audit.AuditLog;
import vn.egov.kernel.calendar.CalendarDay;
import vn.egov.kernel.calendar.OfficeCalendar;
import vn.egov.kernel.modules.ModuleRegistry;

/** The admin console's module switches, settings, calendar exceptions and recent audit log. */
@Named
@ViewScoped
public class ConsoleAdmin implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    ModuleRegistry modules;

    @Inject
    Settings settings;

    @Inject
    OfficeCalendar calendar;

    @Inject
    AuditLog audit;

    private final Map<String, String> values = new LinkedHashMap<>();
    private LocalDate day;
    private boolean working;
    private String note;

    @PostConstruct
    void load() {
        for (ModuleDescriptor m : modules.all()) {
            for (SettingDefinition d : m.settings()) {
                // a secret is never sent to the browser: the field starts empty, and empty keeps it
                values.put(d.key(), d.type() == SettingDefinition.Type.SECRET ? "" : settings.text(d));
            }
        }
    }

    public List<ModuleDescriptor> getModules() {
        return modules.all();
    }

    public boolean enabled(ModuleDescriptor m) {
        return modules.isEnabled(m.id());
    }

    public void toggle(ModuleDescriptor m) {
        try {
            modules.setEnabled(m.id(), !modules.isEnabled(m.id()));
            Messages.info("common.saved");
        } catch (RuntimeException e) {
            Messages.error(OrganisationAdmin.rootMessage(e));
        }
    }

    /** Whether a secret setting holds a value (shown as "set", never the value). */
    public boolean secretSet(SettingDefinition d) {
        return !settings.text(d).isEmpty();
    }

    public List<SettingDefinition> getDefinitions() {
        return modules.all().stream().flatMap(m -> m.settings().stream()).toList();
    }

    public void saveSettings() {
        boolean wrong = false;
        for (SettingDefinition d : getDefinitions()) {
            vn.egov.kernel.api.Message problem = d.problem(values.get(d.key()));
            if (problem != null) {
                Messages.error(d.label().onPage() + ": " + problem.onPage());
                wrong = true;
            }
        }
        if (wrong) {
            return;
        }
        for (SettingDefinition d : getDefinitions()) {
            String value = values.get(d.key()).strip();
            if (d.type() == SettingDefinition.Type.SECRET) {
                if (!value.isEmpty()) {
                    settings.putSecret(d.key(), value);
                    values.put(d.key(), "");
                }
            } else if (!value.equals(settings.text(d))) {
                settings.put(d.key(), value);
            }
        }
        Messages.info("common.saved");
    }

    public List<CalendarDay> getCalendarDays() {
        return calendar.exceptions(LocalDate.now(clock).getYear());
    }

    public void recordDay() {
        try {
            calendar.record(day, working, note);
            Messages.info("common.saved");
            day = null;
            note = null;
        } catch (RuntimeException e) {
            Messages.error(OrganisationAdmin.rootMessage(e));
        }
    }

    /** A moment as people in Vietnam read it. */
    public String when(java.time.Instant at) {
        return vn.egov.kernel.api.helpers.VietnameseDates.moment(at);
    }

    public List<AuditEntry> getRecentAudit() {
        return audit.latest(20);
    }

    public Map<String, String> getValues() {
        return values;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public boolean isWorking() {
        return working;
    }

    public void setWorking(boolean working) {
        this.working = working;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
