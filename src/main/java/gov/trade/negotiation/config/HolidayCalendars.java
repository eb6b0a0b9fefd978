package gov.trade.negotiation.config;

import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Public holidays from the Jollyday library, by calendar code: a country ({@code US}, {@code JP}) optionally
 * with a region ({@code US-DC}). Only official (non-observance) holidays count, on the day they are observed.
 */
public final class HolidayCalendars {

    private HolidayCalendars() {
    }

    /** Whether the library has this calendar (and region). */
    public static boolean supports(String code) {
        String[] parts = split(code);
        if (!HolidayManager.getSupportedCalendarCodes().contains(parts[0].toUpperCase(Locale.ROOT))) {
            return false;
        }
        if (parts.length == 1) {
            return true;
        }
        CalendarHierarchy hierarchy = manager(parts[0]).getCalendarHierarchy();
        return hierarchy.getChildren().containsKey(parts[1]);
    }

    /** The party code's own calendar if the library has one ({@code JP}), else none ({@code EU}). */
    public static boolean supportsParty(String partyCode) {
        return partyCode != null && HolidayManager.getSupportedCalendarCodes().contains(partyCode);
    }

    /** The days off of one year in this calendar. */
    public static Set<LocalDate> holidays(String code, int year) {
        String[] parts = split(code);
        HolidayManager manager = manager(parts[0]);
        Set<Holiday> holidays = parts.length == 1
                ? manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY)
                : manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, parts[1]);
        return holidays.stream().map(Holiday::getDate).collect(Collectors.toUnmodifiableSet());
    }

    private static HolidayManager manager(String country) {
        return HolidayManager.getInstance(ManagerParameters.create(country));
    }

    private static String[] split(String code) {
        return code.toLowerCase(Locale.ROOT).split("-", 2);
    }
}
