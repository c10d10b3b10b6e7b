package org.entente.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.entente.UsageException;

/**
 * A publication date given with a request (the command line's {@code --date}, the server's {@code date}): an ISO date
 * within 1800–2200. A year outside that range is a typo, and would be stored as a date the shapes reject.
 */
public final class PublicationDate {
    static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    private PublicationDate() {}

    /**
     * @return the date, or null for none
     * @throws UsageException naming the value when it is no date like 2024-10-25 or lies outside 1800–2200
     */
    public static LocalDate parse(String what, String value) {
        if (value == null || value.isBlank()) return null;
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(what + " '" + value + "' is not a date like 2024-10-25");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new UsageException(what + " '" + value + "' lies outside 1800-01-01 to 2200-12-31");
        }
        return date;
    }
}
