package org.yici.rules.data;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Working days (工作日) by the State Council's yearly holiday notices: Monday to Friday, minus
 * statutory holidays, plus make-up working weekends (调休上班). A date in a year without a notice
 * is an {@link UnknownCalendarYearException}: guessing a deadline is how applicants lose rights.
 */
public final class WorkingCalendar {
    private final SortedMap<Integer, HolidayYear> years;
    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<LocalDate> workingWeekends = new HashSet<>();

    public WorkingCalendar(List<HolidayYear> years) {
        this.years = new TreeMap<>();
        for (HolidayYear year : years) {
            this.years.put(year.year(), year);
            for (HolidayYear.Holiday h : year.holidays()) {
                for (LocalDate d = h.from(); !d.isAfter(h.to()); d = d.plusDays(1)) {
                    holidays.add(d);
                }
            }
            workingWeekends.addAll(year.workingWeekends());
        }
    }

    public Set<Integer> knownYears() {
        return years.keySet();
    }

    public Map<Integer, HolidayYear> years() {
        return java.util.Collections.unmodifiableSortedMap(years);
    }

    public boolean isWorkingDay(LocalDate date) {
        requireKnown(date);
        if (holidays.contains(date)) {
            return false;
        }
        if (workingWeekends.contains(date)) {
            return true;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /**
     * The {@code n}-th working day after {@code start} (行政许可法 art. 82: the period starts on the
     * next working day). {@code n == 0} means the same day.
     *
     * @throws UnknownCalendarYearException when the count reaches a year with no holiday notice
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        LocalDate date = start;
        int counted = 0;
        while (counted < n) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    private void requireKnown(LocalDate date) {
        if (!years.containsKey(date.getYear())) {
            throw new UnknownCalendarYearException(date.getYear(), years.keySet());
        }
    }

    /** A date fell in a year whose holiday arrangement Yici does not have. */
    public static final class UnknownCalendarYearException extends RuntimeException {
        private final int year;

        public UnknownCalendarYearException(int year, Set<Integer> known) {
            super("no holiday calendar for " + year + " (known: " + known + "); add rules/data/holidays/" + year
                    + ".yaml from the State Council notice");
            this.year = year;
        }

        public int year() {
            return year;
        }
    }
}
