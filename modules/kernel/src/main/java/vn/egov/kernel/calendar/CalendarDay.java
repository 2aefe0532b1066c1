package vn.egov.kernel.calendar;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** An admin-recorded exception to the computed calendar: an extra day off or a make-up working day. */
@Entity
@Table(name = "calendar_day", schema = "kernel")
public class CalendarDay {
    @Id
    private LocalDate day;
    /** Optimistic lock: staff change this; a stale change is refused, not merged. */
    @Version
    private long version;

    private boolean working;
    private String note;

    protected CalendarDay() {}

    public CalendarDay(LocalDate day, boolean working, String note) {
        this.day = day;
        this.working = working;
        this.note = note;
    }

    public LocalDate getDay() {
        return day;
    }

    public boolean isWorking() {
        return working;
    }

    public String getNote() {
        return note;
    }
}
