package org.entente.mention;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.entente.nlp.Token;

/**
 * Dates as news writes them, to ISO values as precise as the text: "June 19, 2024" and
 * "19 June 2024" give 2024-06-19, "June 2024" 2024-06, "in 2024" 2024; relative words
 * ("yesterday", "last week", "on Monday", "in June") are read against the document's date.
 */
final class Dates {
    private Dates() {}

    /** A date found at a token: its ISO value and the index after its last token. */
    record Found(String iso, int last) {}

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2), Map.entry("march", 3),
            Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("june", 6),
            Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    static Found at(List<Token> tokens, int i, LocalDate docDate) {
        Token t = tokens.get(i);
        String w = stripDot(t.lower());
        Integer month = MONTHS.get(w);
        // "May" is a month only when capitalised and near a number; "march" likewise.
        if (month != null && t.isCapitalized() && !(w.equals("may") && !numberAt(tokens, i + 1))) return monthFirst(tokens, i, month, docDate);
        Integer day = dayNumber(w);
        if (day != null && i + 1 < tokens.size()) {
            Integer m = MONTHS.get(stripDot(tokens.get(i + 1).lower()));
            if (m != null && tokens.get(i + 1).isCapitalized()) {
                Integer year = i + 2 < tokens.size() ? year(tokens.get(i + 2).lower()) : null;
                int y = year != null ? year : docYear(docDate, m);
                if (y > 0) return dated(y, m, day, year != null ? i + 3 : i + 2);
            }
        }
        Integer year = year(w);
        if (year != null && i > 0 && List.of("in", "since", "of", "until", "by", "early", "late", "mid", "to", "from", "back").contains(tokens.get(i - 1).lower())) {
            return new Found(String.valueOf(year), i + 1);
        }
        if (docDate != null) return relative(tokens, i, docDate);
        return null;
    }

    private static Found monthFirst(List<Token> tokens, int i, int month, LocalDate docDate) {
        int j = i + 1;
        Integer day = j < tokens.size() ? dayNumber(tokens.get(j).lower()) : null;
        if (day != null) {
            j++;
            if (j < tokens.size() && tokens.get(j).is(",")) j++;
            Integer year = j < tokens.size() ? year(tokens.get(j).lower()) : null;
            if (year != null) return dated(year, month, day, j + 1);
            int y = docYear(docDate, month);
            return y > 0 ? dated(y, month, day, i + 2) : null;
        }
        Integer year = j < tokens.size() ? year(tokens.get(j).lower()) : null;
        if (year != null) return new Found(String.format("%04d-%02d", year, month), j + 1);
        if (i > 0 && List.of("in", "since", "until", "by", "early", "late", "mid", "last", "this").contains(tokens.get(i - 1).lower())) {
            int y = docYear(docDate, month);
            if (y > 0) return new Found(String.format("%04d-%02d", y, month), i + 1);
        }
        return null;
    }

    private static Found relative(List<Token> tokens, int i, LocalDate d) {
        String w = tokens.get(i).lower();
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
        switch (w) {
            case "yesterday": return new Found(d.minusDays(1).toString(), i + 1);
            case "today": return new Found(d.toString(), i + 1);
            case "last":
                if (next.equals("week")) return new Found(d.minusWeeks(1).toString(), i + 2);
                if (next.equals("month")) return new Found(d.minusMonths(1).toString().substring(0, 7), i + 2);
                if (next.equals("year")) return new Found(String.valueOf(d.getYear() - 1), i + 2);
                break;
            case "this":
            case "earlier":
                if (next.equals("month") || (next.equals("this") && i + 2 < tokens.size() && tokens.get(i + 2).is("month"))) {
                    return new Found(d.toString().substring(0, 7), next.equals("this") ? i + 3 : i + 2);
                }
                if (next.equals("year")) return new Found(String.valueOf(d.getYear()), i + 2);
                break;
            default:
                int wd = WEEKDAYS.indexOf(w);
                if (wd >= 0 && i > 0 && tokens.get(i - 1).is("on")) {
                    LocalDate day = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(wd + 1)));
                    return new Found(day.toString(), i + 1);
                }
        }
        return null;
    }

    private static boolean numberAt(List<Token> tokens, int i) {
        return i < tokens.size() && (dayNumber(tokens.get(i).lower()) != null || year(tokens.get(i).lower()) != null);
    }

    private static int docYear(LocalDate docDate, int month) {
        if (docDate == null) return -1;
        return month > docDate.getMonthValue() ? docDate.getYear() - 1 : docDate.getYear();
    }

    private static Integer dayNumber(String w) {
        // Runs on every token: a suffix test, not a regular expression.
        if (w.isEmpty() || !Character.isDigit(w.charAt(0))) return null;
        String d = w.endsWith("st") || w.endsWith("nd") || w.endsWith("rd") || w.endsWith("th") ? w.substring(0, w.length() - 2) : w;
        if (d.isEmpty() || d.length() > 2 || !d.chars().allMatch(Character::isDigit)) return null;
        int n = Integer.parseInt(d);
        return n >= 1 && n <= 31 ? n : null;
    }

    private static Integer year(String token) {
        // The tokenizer leaves a sentence's final period on a year: "in 1994."
        String w = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
        if (w.length() != 4 || !w.chars().allMatch(Character::isDigit)) return null;
        int y = Integer.parseInt(w);
        return y >= 1900 && y <= 2100 ? y : null;
    }

    private static String stripDot(String w) {
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    /** The day as a date ending before token {@code last}; null for a day the month lacks ("31 February"), which is no date. */
    private static Found dated(int y, int m, int d, int last) {
        return YearMonth.of(y, m).isValidDay(d) ? new Found(String.format("%04d-%02d-%02d", y, m, d), last) : null;
    }
}
