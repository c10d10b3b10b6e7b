package org.entente.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.entente.UsageException;
import org.junit.jupiter.api.Test;

/** What a question's header declares it takes. */
class ParametersTest {
    @Test
    void declared_namesListedBeforeOneDash_eachTaken() {
        String header = "# Question: x\n# Parameters (optional): ?state — an IRI; keep it. ?from, ?to — ISO dates such as 2024;\n"
                + "#   keep claims in the range. ?a and ?b — an IRI each.\nSELECT * WHERE {}";
        assertEquals(Map.of("state", true, "from", false, "to", false, "a", true, "b", true), Parameters.declared(header));
    }

    @Test
    void check_timelineFromAndTo_takenAndAMisspeltNameRefused() {
        String timeline = QueryCatalogue.bundled().get("timeline");
        Parameters.check(timeline, Parameters.parse(List.of("from=2024", "to=2024-06")));
        UsageException e = assertThrows(UsageException.class, () -> Parameters.check(timeline, Parameters.parse(List.of("form=2024"))));
        assertEquals("unknown parameter 'form': this question takes ?event, ?from, ?state, ?to", e.getMessage());
    }
}
