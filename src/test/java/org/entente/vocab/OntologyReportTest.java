package org.entente.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules that ROBOT's {@code report} rates ERROR in its default profile, written as SPARQL and run
 * with Jena over our ontology files, so that {@code robot report} finds no ERROR there. Two rules are
 * stricter than ROBOT's: labels clash whatever their case ("Treaty" and "treaty" read as one name), and
 * {@code skos:definition}, which our terms use, counts as a definition beside IAO's. Shapes are no
 * vocabulary terms and carry comments and messages rather than labels, so they need none.
 */
class OntologyReportTest {
    private static final String PREFIXES = """
            PREFIX rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl:     <http://www.w3.org/2002/07/owl#>
            PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>
            PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
            PREFIX sh:      <http://www.w3.org/ns/shacl#>
            PREFIX dc:      <http://purl.org/dc/elements/1.1/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX iao:     <http://purl.obolibrary.org/obo/>
            """;

    /** What counts as a definition: IAO's definition and elucidation (ROBOT's), and SKOS's (ours). */
    private static final String DEFINITION = "VALUES ?property { iao:IAO_0000115 iao:IAO_0000600 skos:definition }";
    private static final String LIVE = "FILTER NOT EXISTS { ?entity owl:deprecated true }";

    /** Each rule selects ?entity and ?value for every offence; the ERROR rules of ROBOT's default profile. */
    static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("duplicate_label", """
                    SELECT ?entity ?value WHERE {
                      ?entity rdfs:label ?value . ?other rdfs:label ?same .
                      FILTER (!isBlank(?entity) && ?entity != ?other && LCASE(STR(?value)) = LCASE(STR(?same)))
                    }"""),
            Map.entry("multiple_labels", """
                    SELECT ?entity ?value WHERE {
                      ?entity rdfs:label ?value , ?another . FILTER (?value != ?another && !isBlank(?entity)) %s
                    }""".formatted(LIVE)),
            Map.entry("label_formatting", """
                    SELECT ?entity ?value WHERE { ?entity rdfs:label ?value FILTER (REGEX(STR(?value), "[\\\\n\\\\t]")) }"""),
            Map.entry("label_whitespace", """
                    SELECT ?entity ?value WHERE { ?entity rdfs:label ?value FILTER (REGEX(STR(?value), "^\\\\s|\\\\s$")) }"""),
            Map.entry("missing_label", """
                    SELECT ?entity ?value WHERE {
                      ?entity ?property ?value . FILTER (!isBlank(?entity) && ?property != rdf:type)
                      FILTER NOT EXISTS { ?entity rdfs:label ?label }
                      FILTER NOT EXISTS { ?entity a owl:Ontology }
                      FILTER NOT EXISTS { ?entity a ?shape FILTER (?shape IN (sh:NodeShape, sh:PropertyShape)) } %s
                    }""".formatted(LIVE)),
            Map.entry("multiple_definitions", """
                    SELECT ?entity ?value WHERE {
                      %s ?entity ?property ?value , ?another . FILTER (?value != ?another && !isBlank(?entity)) %s
                    }""".formatted(DEFINITION, LIVE)),
            Map.entry("duplicate_definition", """
                    SELECT ?entity ?value WHERE {
                      %s ?entity ?property ?value . ?other ?property ?value .
                      FILTER (?entity != ?other && !isBlank(?entity)) %s
                    }""".formatted(DEFINITION, LIVE)),
            Map.entry("missing_ontology_title", """
                    SELECT ?entity ?value WHERE { ?entity a owl:Ontology FILTER NOT EXISTS { ?entity dc:title|dcterms:title ?value } }"""),
            Map.entry("missing_ontology_description", """
                    SELECT ?entity ?value WHERE {
                      ?entity a owl:Ontology FILTER NOT EXISTS { ?entity dc:description|dcterms:description ?value }
                    }"""),
            Map.entry("missing_ontology_license", """
                    SELECT ?entity ?value WHERE { ?entity a owl:Ontology FILTER NOT EXISTS { ?entity dcterms:license ?value } }"""),
            Map.entry("illegal_use_of_built_in_vocabulary", """
                    SELECT ?entity ?value WHERE { VALUES ?entity { rdf:type } ?entity ?property ?value }"""),
            Map.entry("misused_obsolete_label", """
                    SELECT ?entity ?value WHERE { ?entity rdfs:label ?value FILTER (REGEX(STR(?value), "^obsolete", "i")) %s }"""
                    .formatted(LIVE)),
            Map.entry("misused_replaced_by", """
                    SELECT ?entity ?value WHERE { ?entity iao:IAO_0100001 ?value %s }""".formatted(LIVE)),
            Map.entry("deprecated_boolean_datatype", """
                    SELECT ?entity ?value WHERE { ?entity owl:deprecated ?value FILTER (DATATYPE(?value) != xsd:boolean) }"""),
            Map.entry("deprecated_class_or_property_reference", """
                    SELECT ?entity ?value WHERE {
                      ?entity owl:deprecated true .
                      ?value rdfs:subClassOf|owl:equivalentClass|rdfs:subPropertyOf|owl:equivalentProperty|rdfs:domain|rdfs:range ?entity
                    }"""),
            Map.entry("multiple_equivalent_classes", """
                    SELECT ?entity ?value WHERE {
                      ?entity owl:equivalentClass ?value , ?another .
                      FILTER (?value != ?another && !isBlank(?entity))
                      FILTER NOT EXISTS { ?value owl:unionOf ?members } FILTER NOT EXISTS { ?another owl:unionOf ?members }
                    }"""));

    /** Every offence in a model: one line per rule, entity and value. */
    static List<String> report(Model model) {
        List<String> found = new ArrayList<>();
        RULES.forEach((rule, query) -> {
            try (QueryExecution q = QueryExecution.model(model).query(PREFIXES + query).build()) {
                q.execSelect().forEachRemaining(row -> found.add("ERROR " + rule + " " + row.get("entity") + " " + row.get("value")));
            }
        });
        found.sort(null);
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ontology/entente.ttl", "ontology/shapes.ttl"})
    void robotReportErrorRules_findNothing(String file) {
        List<String> errors = report(RDFDataMgr.loadModel(file));
        assertTrue(errors.isEmpty(), file + ": " + errors.size() + " ERRORs\n" + String.join("\n", errors));
    }

    /** A model of a few Turtle lines, with the rdfs:, owl: and skos: prefixes declared. */
    private static Model turtle(String lines) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader("""
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix owl:  <http://www.w3.org/2002/07/owl#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                """ + lines), null, "TTL");
        return m;
    }

    @Test
    void duplicateLabel_caseAside_isFound() {
        Model m = turtle("""
                <https://example.org/Treaty> a owl:Class ; rdfs:label "Treaty" ; skos:definition "A pact." .
                <https://example.org/treaty> a owl:ObjectProperty ; rdfs:label "treaty" ; skos:definition "Links a signing to its pact." .
                """);
        assertEquals(List.of("ERROR duplicate_label https://example.org/Treaty Treaty",
                "ERROR duplicate_label https://example.org/treaty treaty"), report(m));
    }

    @Test
    void labelDefinitionAndHeaderRules_findTheirOffences() {
        Model m = turtle("""
                <https://example.org/o> a owl:Ontology .
                <https://example.org/Pact> a owl:Class ; rdfs:label "pact" , "accord" ; skos:definition "A pact." , "An accord." .
                <https://example.org/Truce> a owl:Class ; rdfs:label "truce " ; skos:definition "A pact." .
                <https://example.org/party> a owl:ObjectProperty ; skos:definition "Links a pact to a state bound by it." .
                """);
        assertEquals(List.of("duplicate_definition", "label_whitespace", "missing_label", "missing_ontology_description",
                "missing_ontology_license", "missing_ontology_title", "multiple_definitions", "multiple_labels"),
                report(m).stream().map(line -> line.split(" ")[1]).distinct().sorted().toList());
    }

    @Test
    void everyOwnTerm_hasOneDefinition_asTheReadmeSays() {
        Model m = RDFDataMgr.loadModel("ontology/entente.ttl");
        String query = PREFIXES + """
                SELECT ?entity WHERE {
                  ?entity a ?kind FILTER (?kind IN (owl:Class, owl:ObjectProperty, owl:DatatypeProperty, owl:AnnotationProperty,
                      rdfs:Datatype, skos:Concept, skos:ConceptScheme))
                  FILTER (isIRI(?entity) && STRSTARTS(STR(?entity), "https://w3id.org/entente/"))
                  FILTER NOT EXISTS { ?entity skos:definition ?definition }
                } ORDER BY ?entity""";
        List<String> undefined = new ArrayList<>();
        try (QueryExecution q = QueryExecution.model(m).query(query).build()) {
            q.execSelect().forEachRemaining(row -> undefined.add(row.get("entity").toString()));
        }
        assertEquals(List.of(), undefined, "terms without a skos:definition");
    }
}
