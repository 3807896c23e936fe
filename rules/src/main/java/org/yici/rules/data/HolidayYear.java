package org.yici.rules.data;

import java.time.LocalDate;
import java.util.List;

/** One year's holiday notice, from {@code data/holidays/<year>.yaml}. */
public record HolidayYear(int year, String source, List<Holiday> holidays, List<LocalDate> workingWeekends) {

    public HolidayYear {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        workingWeekends = workingWeekends == null ? List.of() : List.copyOf(workingWeekends);
    }

    public record Holiday(String name, LocalDate from, LocalDate to) {}
}
