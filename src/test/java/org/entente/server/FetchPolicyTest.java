package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.EntenteException;
import org.junit.jupiter.api.Test;

/** Which URLs an operator's allow-list lets the server fetch. */
class FetchPolicyTest {
    @Test
    void nothingIsFetchedByDefault() {
        FetchPolicy none = FetchPolicy.none();
        for (String url : List.of("http://127.0.0.1:3030/kg/sparql", "https://query.wikidata.org/sparql", "file:///etc/passwd")) {
            assertFalse(none.allows(url), url);
        }
    }

    @Test
    void aPrefixAllowsItsOwnHostPortAndPath_notLookalikes() {
        FetchPolicy p = FetchPolicy.of(List.of("https://query.wikidata.org/", "http://10.0.0.5:8890/sparql"));
        assertTrue(p.allows("https://query.wikidata.org/sparql"));
        assertTrue(p.allows("https://QUERY.wikidata.org:443/sparql"), "host case and the default port");
        assertTrue(p.allows("http://10.0.0.5:8890/sparql?default-graph-uri=x"));
        assertFalse(p.allows("https://query.wikidata.org.evil.example/sparql"), "a longer host");
        assertFalse(p.allows("http://query.wikidata.org/sparql"), "another scheme");
        assertFalse(p.allows("http://10.0.0.5:8891/sparql"), "another port");
        assertFalse(p.allows("http://10.0.0.5:8890/other"), "another path");
        assertFalse(p.allows("http://10.0.0.5:8890/sparql-admin"), "a path that only starts alike");
        assertFalse(p.allows("http://10.0.0.5:8890/sparql/../admin"), "a path that climbs out");
        assertFalse(p.allows("https://user:pw@query.wikidata.org/sparql"), "credentials in the URL");
        assertFalse(p.allows("not a url"));
    }

    @Test
    void aPrefixThatIsNoUrl_isAnError() {
        assertThrows(EntenteException.class, () -> FetchPolicy.of(List.of("wikidata.org")));
    }
}
