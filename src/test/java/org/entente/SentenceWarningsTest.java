package org.entente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A warning is one line a user can act on: the file, the sentence, a short quote and the cause. */
class SentenceWarningsTest {
    @Test
    void skipped_longSentenceOverLines_quotesItsStartOnOneLine() {
        SentenceWarnings warnings = new SentenceWarnings("news/a.md");
        String text = "Russia and Belarus signed\nthe Treaty on the Creation of a Union State of Russia and Belarus, the Kremlin said on Friday.";
        warnings.skipped(SentenceWarning.Stage.EVENT, 7, text, new IllegalArgumentException("duplicate element: of"));
        SentenceWarning w = warnings.list().get(0);
        assertEquals(SentenceWarnings.EXCERPT + 1, w.excerpt().length(), w.excerpt());
        assertTrue(w.excerpt().startsWith("Russia and Belarus signed the Treaty") && w.excerpt().endsWith("…"), w.excerpt());
        assertTrue(w.message().startsWith("news/a.md: sentence 7 skipped by the event stage (\"Russia and Belarus"), w.message());
        assertTrue(w.message().contains("\"): IllegalArgumentException: duplicate element: of (at SentenceWarningsTest."), w.message());
        assertEquals(1, w.message().lines().count(), w.message());
    }

    @Test
    void skipped_messageOverLines_causeIsOneLine() {
        SentenceWarnings warnings = new SentenceWarnings("a.txt");
        warnings.skipped(SentenceWarning.Stage.MENTION, 0, "Short.", new IllegalStateException("first\nsecond"));
        assertEquals(List.of("IllegalStateException: first second"), warnings.list().stream()
                .map(w -> w.cause().replaceAll(" \\(at .*\\)$", "")).toList());
    }

    @Test
    void skipped_failureWithoutStack_saysHowToGetOne() {
        SentenceWarnings warnings = new SentenceWarnings("a.txt");
        ArrayIndexOutOfBoundsException fast = new ArrayIndexOutOfBoundsException();
        fast.setStackTrace(new StackTraceElement[0]);
        warnings.skipped(SentenceWarning.Stage.EVENT, 0, "Short.", fast);
        assertEquals("ArrayIndexOutOfBoundsException (no stack trace: run Java with -XX:-OmitStackTraceInFastThrow)",
                warnings.list().get(0).cause());
    }
}
