package vn.egov.kernel.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import vn.egov.kernel.api.helpers.VietnameseDates;

/** Dates on every module's pages, as {@code #{dates.day(d)}} and {@code #{dates.moment(t)}}. */
@Named("dates")
@ApplicationScoped
public class DatesView {

    public String day(LocalDate day) {
        return VietnameseDates.day(day);
    }

    public String moment(TemporalAccessor at) {
        return VietnameseDates.moment(at);
    }
}
