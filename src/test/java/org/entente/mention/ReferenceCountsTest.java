package org.entente.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.entente.store.Validator;
import org.entente.store.Violation;
import org.junit.jupiter.api.Test;

/** What the bundled reference graph holds, counted with SPARQL, and that it keeps the shapes. */
class ReferenceCountsTest {
    private static final String PREFIXES = """
            PREFIX ent:  <https://w3id.org/entente/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            """;
    private static final Model MODEL = ModelFactory.createModelForGraph(ReferenceFixture.GRAPH);

    /** The value of ?n in the first row of a SELECT. */
    private static long count(String where) {
        try (QueryExecution qe = QueryExecution.model(MODEL).query(PREFIXES + "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { " + where + " }").build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    /** The ?s values of a SELECT, as short strings, at most 20. */
    private static List<String> rows(String select) {
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(MODEL).query(PREFIXES + select).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext() && out.size() < 20) {
                QuerySolution row = rs.next();
                List<String> cells = new ArrayList<>();
                rs.getResultVars().forEach(v -> cells.add(String.valueOf(row.get(v)).replace(ReferenceFixture.ID, "")));
                out.add(String.join(" ", cells));
            }
        }
        return out;
    }

    private static void atLeast(long min, long actual, String what) {
        assertTrue(actual >= min, "expected at least " + min + " " + what + ", the reference graph has " + actual);
    }

    @Test
    void states_withIsoAlpha2AndAlpha3_atLeast195() {
        atLeast(195, count("?s a ent:State ; ent:isoAlpha2 ?a2 ; ent:isoAlpha3 ?a3 "
                + "FILTER (regex(?a2, '^[A-Z]{2}$') && regex(?a3, '^[A-Z]{3}$'))"), "states with ISO alpha-2 and alpha-3 codes");
    }

    @Test
    void tenures_datedWithHolderAndPost_atLeast250() {
        atLeast(250, count("?s a ent:Tenure ; ent:startDate ?d ; ent:holder ?p ; ent:post ?post . ?post a ent:Post"),
                "dated post-holdings (ent:Tenure with ent:startDate, holder and post)");
    }

    @Test
    void agenciesAndArmedForces_atLeast150() {
        atLeast(150, count("VALUES ?c { ent:GovernmentAgency ent:Ministry ent:IntelligenceAgency ent:ArmedForce } ?s a ?c"),
                "agencies, ministries, intelligence services and armed forces");
    }

    @Test
    void weaponSystemModels_atLeast200() {
        atLeast(200, count("?s a ent:WeaponSystemModel"), "weapon system models");
    }

    @Test
    void treaties_atLeast50() {
        atLeast(50, count("?s a ent:Treaty"), "treaties");
    }

    @Test
    void conflicts_atLeast25() {
        atLeast(25, count("?s a ent:Conflict"), "conflicts");
    }

    @Test
    void describedResources_haveExactlyOneLabel() {
        // Every subject, typed or not (tenures, schemes, dataset headers too).
        List<String> bad = rows("SELECT ?s (COUNT(DISTINCT ?l) AS ?labels) WHERE { { SELECT DISTINCT ?s WHERE { ?s ?p ?o } } "
                + "OPTIONAL { ?s rdfs:label ?l } } GROUP BY ?s HAVING (COUNT(DISTINCT ?l) != 1) ORDER BY ?s");
        assertEquals(List.of(), bad, "resources without exactly one rdfs:label (resource, count)");
    }

    @Test
    void labels_arePlainStrings() {
        List<String> bad = rows("SELECT ?s ?l WHERE { ?s rdfs:label ?l FILTER (!isLiteral(?l) || lang(?l) != '' || datatype(?l) != xsd:string) } ORDER BY ?s");
        assertEquals(List.of(), bad, "rdfs:label values that are not plain strings");
    }

    @Test
    void ambiguousAliases_areNamesOfTheirResource() {
        List<String> bad = rows("SELECT ?s ?name WHERE { ?s ent:ambiguousAlias ?name FILTER NOT EXISTS { "
                + "?s rdfs:label|skos:altLabel|ent:officialName|ent:capital|ent:metonym|ent:demonym ?name } } ORDER BY ?s ?name");
        assertEquals(List.of(), bad, "ent:ambiguousAlias values the resource does not otherwise carry (they would match nothing)");
    }

    @Test
    void referenceGraph_conformsToShapes() {
        List<Violation> violations = Validator.validateReference(ReferenceFixture.GRAPH);
        List<String> first = violations.stream().limit(30).map(Violation::toString).toList();
        assertEquals(List.of(), first, violations.size() + " SHACL violations in the reference graph");
    }
}
