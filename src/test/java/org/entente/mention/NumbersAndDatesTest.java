package org.entente.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.nlp.Token;
import org.junit.jupiter.api.Test;

/** Numbers and dates at the edges fuzzing found: days a month lacks, counts past a long. */
class NumbersAndDatesTest {
    static final LocalDate DOC = LocalDate.of(2024, 10, 25);

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            String lower = w.toLowerCase(Locale.ROOT);
            out.add(new Token(w, lower, lower, "", at, at + w.length()));
            at += w.length() + 1;
        }
        return out;
    }

    @Test
    void dates_realDay_isADate() {
        assertEquals("2024-02-29", Dates.at(tokens("29 February 2024"), 0, DOC).iso());
        assertEquals("2024-02-29", Dates.at(tokens("February 29 , 2024"), 0, DOC).iso());
    }

    @Test
    void dates_dayTheMonthLacks_isNoDate() {
        assertNull(Dates.at(tokens("31 February 2024"), 0, DOC));
        assertNull(Dates.at(tokens("February 30 , 2024"), 0, DOC));
        assertNull(Dates.at(tokens("29 February 2023"), 0, DOC));
        assertNull(Dates.at(tokens("April 31"), 0, DOC));
    }

    @Test
    void quantities_pastALong_areVagueNotWrappedRound() {
        assertEquals(2_000_000_000L, Quantities.at(tokens("two billion"), 0).value());
        assertNull(Quantities.at(tokens("99999999999 billion"), 0).value());
        assertEquals(2, Quantities.at(tokens("99999999999 billion"), 0).last());
        assertNull(Quantities.decimalScaled(tokens("99999999999999.5 billion"), 0).value());
    }
}
