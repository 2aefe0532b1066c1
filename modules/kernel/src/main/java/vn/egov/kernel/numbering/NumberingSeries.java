package vn.egov.kernel.numbering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Year;
import java.time.ZoneId;
import vn.egov.kernel.api.ReferenceNumbers;

/** Series kept in one table row per (series, year); the row lock serialises concurrent callers. */
@ApplicationScoped
public class NumberingSeries implements ReferenceNumbers {
    static final ZoneId VIETNAM = vn.egov.kernel.api.helpers.VietnameseDates.ZONE;

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    @Override
    @Transactional
    public String next(String seriesCode, String prefix) {
        String period = String.valueOf(Year.now(VIETNAM).getValue());
        return format(prefix, period, allocate(seriesCode, period));
    }

    @Override
    @Transactional
    public long nextInPeriod(String seriesCode, String period) {
        if (period == null || period.isEmpty() || period.length() > 8) {
            throw new IllegalArgumentException("A numbering period has 1 to 8 characters: " + period);
        }
        return allocate(seriesCode, period);
    }

    private long allocate(String seriesCode, String period) {
        Number value = (Number) em.createNativeQuery("""
                insert into kernel.numbering_series(code, period, next_value) values (?1, ?2, 2)
                on conflict (code, period) do update set next_value = kernel.numbering_series.next_value + 1
                returning next_value - 1""")
                .setParameter(1, seriesCode)
                .setParameter(2, period)
                .getSingleResult();
        return value.longValue();
    }

    public static String format(String prefix, String period, long value) {
        return String.format("%s-%s-%06d", prefix, period, value);
    }
}
