package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The load bench keeps working: a short run on loopback, checked for its figures, not timed. */
class BenchServeCommandTest {
    @Test
    void benchServe_shortRun_answersWithoutErrorsAndLosesNoDocument() {
        CliTest.Run r = CliTest.run("bench", "serve", "--clients", "2", "--seconds", "2", "--articles", "data/articles");
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("latency              p50"), r.out());
        assertTrue(r.out().contains("error responses      0"), r.out());
    }
}
