package org.entente.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates: ISO 8601 values from metadata ("2024-10-25", "2024-10", a full timestamp
 * whose date part is kept), a few written forms ("October 25, 2024", "25 Oct 2024", RFC 1123),
 * and news datelines ("SEOUL, March 3, 2025 (Wire) —"). Results are "YYYY-MM-DD" or "YYYY-MM".
 */
final class Dates {
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ].*)?");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final String MONTH = "(?i:(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?))\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    /** Place (optional), date, agency in parentheses (optional), then a dash. */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:[\\p{Lu}][\\p{L} .,'-]{0,60}?,\\s+)?((?:" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4})|(?:\\d{1,2}\\s+" + MONTH
            + ",?\\s+\\d{4})|(?:\\d{4}-\\d{2}-\\d{2}))\\s*(?:\\([^)]{1,40}\\)\\s*)?[—–-]");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private Dates() {}

    /** The value as "YYYY-MM-DD" or "YYYY-MM", or null when it is not a date this reader knows. */
    static String normalise(String value) {
        if (value == null) return null;
        String v = value.strip();
        if (v.isEmpty()) return null;
        Matcher m = ISO_DAY.matcher(v);
        if (m.matches()) return day(m.group(1), m.group(2), m.group(3));
        m = ISO_MONTH.matcher(v);
        if (m.matches()) return month(m.group(1), m.group(2));
        String written = written(v);
        return written != null ? written : rfc1123(v);
    }

    /**
     * A wire dateline without a year, or with no date at all: a place in capitals ("KYIV", "NEW DELHI"), perhaps its
     * country, perhaps a day, perhaps the agency, then a dash: "KYIV, July 20 (Reuters) -", "GAZA CITY (AP) —",
     * "Kyiv (AFP) -".
     */
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'’-]{1,40}(?:,\\s*\\p{Lu}[\\p{L} .]{1,30}?)?(?:,\\s*" + MONTH + "\\s+\\d{1,2}(?:,?\\s+\\d{4})?)?"
            + "\\s*(?:\\([^)]{1,40}\\))?\\s*(?:—|–|--|-)\\s+"
            // "Kyiv (AFP) -": a place in any case when the agency follows.
            + "|^\\p{Lu}[\\p{L} .'’-]{1,40}\\s*\\([^)]{1,40}\\)\\s*(?:—|–|--|-)\\s+");

    /**
     * Where the text after a dateline opening a paragraph begins, or -1 when the paragraph has none. The dateline is
     * page furniture: the sentence after it is the article's first.
     */
    static int datelineEnd(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        if (m.find()) {
            int end = m.end();
            while (end < paragraph.length() && Character.isWhitespace(paragraph.charAt(end))) end++;
            return end < paragraph.length() ? end : -1;
        }
        m = WIRE_DATELINE.matcher(paragraph);
        return m.find() && m.end() < paragraph.length() ? m.end() : -1;
    }

    /** The date a news dateline at the start of a paragraph gives, or null. */
    static String dateline(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph.strip());
        return m.find() ? normalise(m.group(1)) : null;
    }

    private static String written(String v) {
        Matcher m = MONTH_DAY_YEAR.matcher(v);
        if (m.find()) return day(m.group(3), monthNumber(m.group(1)), m.group(2));
        m = DAY_MONTH_YEAR.matcher(v);
        if (m.find()) return day(m.group(3), monthNumber(m.group(2)), m.group(1));
        return null;
    }

    private static String rfc1123(String v) {
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate().toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String monthNumber(String name) {
        return String.valueOf(MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT)));
    }

    private static String day(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String month(String year, String month) {
        try {
            return YearMonth.of(Integer.parseInt(year), Integer.parseInt(month)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
