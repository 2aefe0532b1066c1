package vn.egov.kernel.calendar;

import java.time.LocalDate;

/**
 * Vietnamese lunar calendar: converts a lunar date to the solar date, with the astronomical
 * new-moon and solar-term computations (Jean Meeus, "Astronomical Algorithms") evaluated in
 * Vietnam's time zone, UTC+7. The zone matters: the Chinese calendar uses UTC+8 and in some
 * years starts a month a day later than the Vietnamese one.
 */
public final class LunarCalendar {
    private static final double TIME_ZONE_HOURS = 7.0;
    private static final double SYNODIC_MONTH = 29.530588853;
    private static final double NEW_MOON_EPOCH = 2415021.076998695;
    private static final long JULIAN_DAY_OF_EPOCH_DAY_ZERO = 2440588;
    private static final double DR = Math.PI / 180;

    private LunarCalendar() {}

    /** The solar date of the given day of a (non-leap) lunar month of a lunar year. */
    public static LocalDate toSolar(int lunarDay, int lunarMonth, int lunarYear) {
        if (lunarDay < 1 || lunarDay > 30 || lunarMonth < 1 || lunarMonth > 12) {
            throw new IllegalArgumentException("no such lunar date: " + lunarDay + "/" + lunarMonth);
        }
        long a11;
        long b11;
        if (lunarMonth < 11) {
            a11 = lunarMonth11(lunarYear - 1);
            b11 = lunarMonth11(lunarYear);
        } else {
            a11 = lunarMonth11(lunarYear);
            b11 = lunarMonth11(lunarYear + 1);
        }
        long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        int off = lunarMonth - 11;
        if (off < 0) {
            off += 12;
        }
        if (b11 - a11 > 365) {
            // a leap year: months after the leap month shift by one
            int leapOff = leapMonthOffset(a11);
            if (off >= leapOff) {
                off += 1;
            }
        }
        long monthStart = newMoonDay(k + off);
        return fromJulianDay(monthStart + lunarDay - 1);
    }

    /** Lunar New Year's day (Tết Nguyên đán) of the lunar year that starts in the given solar year. */
    public static LocalDate newYear(int year) {
        return toSolar(1, 1, year);
    }

    static long julianDay(LocalDate date) {
        return date.toEpochDay() + JULIAN_DAY_OF_EPOCH_DAY_ZERO;
    }

    static LocalDate fromJulianDay(long jd) {
        return LocalDate.ofEpochDay(jd - JULIAN_DAY_OF_EPOCH_DAY_ZERO);
    }

    private static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DR);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * DR) + 0.0021 * Math.sin(2 * DR * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * DR) + 0.0161 * Math.sin(DR * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(DR * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(DR * 2 * f) - 0.0051 * Math.sin(DR * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(DR * (m - mpr)) + 0.0004 * Math.sin(DR * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(DR * (2 * f - m)) - 0.0006 * Math.sin(DR * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(DR * (2 * f - mpr)) + 0.0005 * Math.sin(DR * (2 * mpr + m));
        double deltaT;
        if (t < -11) {
            deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
        } else {
            deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
        }
        return jd1 + c1 - deltaT;
    }

    private static long newMoonDay(long k) {
        return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE_HOURS / 24);
    }

    /** The sun's longitude at the start of the day, as one of the 12 major solar terms (0..11). */
    private static int solarTerm(long dayNumber) {
        double jdn = dayNumber - 0.5 - TIME_ZONE_HOURS / 24;
        double t = (jdn - 2451545.0) / 36525;
        double t2 = t * t;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(DR * m);
        dl += (0.019993 - 0.000101 * t) * Math.sin(DR * 2 * m) + 0.000290 * Math.sin(DR * 3 * m);
        double l = (l0 + dl) * DR;
        l = l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
        return (int) Math.floor(l / Math.PI * 6);
    }

    /** The first day of the lunar month that contains the winter solstice of the given year. */
    private static long lunarMonth11(int year) {
        long off = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
        long k = (long) Math.floor(off / SYNODIC_MONTH);
        long nm = newMoonDay(k);
        if (solarTerm(nm) >= 9) {
            nm = newMoonDay(k - 1);
        }
        return nm;
    }

    private static int leapMonthOffset(long a11) {
        long k = (long) Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int arc = solarTerm(newMoonDay(k + i));
        int last;
        do {
            last = arc;
            i++;
            arc = solarTerm(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }
}
