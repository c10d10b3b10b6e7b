package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.entente.UsageException;
import org.entente.ingest.TextDocuments;
import org.entente.mention.ReferenceIndex;
import org.entente.nlp.Nlp;
import org.entente.query.QueryCatalogue;
import org.entente.store.ExportFormat;
import org.entente.store.KnowledgeGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a program that depends on org.entente:entente alone gets: the library reads an article
 * into a TDB2 store and answers a contract question, and nothing of the server, the command line
 * or a logging backend comes with it.
 */
class EmbedTest {
    private static final String ID = "https://w3id.org/entente/id/";

    @Test
    void readArticle_askDeployments_answersFromTheArticle(@TempDir Path dir) throws IOException {
        Path article = dir.resolve("estonia.md");
        try (InputStream in = EmbedTest.class.getResourceAsStream("/estonia.md")) {
            Files.copy(in, article);
        }
        try (KnowledgeGraph kg = KnowledgeGraph.open(dir.resolve("kg"));
             Nlp nlp = new Nlp()) {
            kg.loadReference(List.of());
            TextDocuments text = new TextDocuments(nlp, ReferenceIndex.build(kg.referenceGraph()));
            TextDocuments.Result read = text.read(article);
            assertEquals(List.of(), read.warnings());
            assertEquals(KnowledgeGraph.AddOutcome.ADDED, kg.add(read.document()));

            ResultSetRewindable rows = kg.select(QueryCatalogue.bundled().get("deployments"),
                    Map.of("state", NodeFactory.createURI(ID + "state/EE")));
            assertEquals(1, rows.size(), "one deployment to Estonia");
            QuerySolution row = rows.next();
            assertEquals(ID + "state/GB", row.getResource("sender").getURI());
            assertEquals("United Kingdom", row.getLiteral("senderLabel").getString());
            assertEquals(ID + "state/EE", row.getResource("host").getURI());
            assertEquals(900, row.getLiteral("troops").getInt());
            assertEquals(ID + "stage/completed", row.getResource("stage").getURI());
            assertEquals(ID + "factuality/confirmed", row.getResource("factuality").getURI());
        }
    }

    @Test
    void select_parameterTheQuestionDoesNotTake_isRefused() {
        try (KnowledgeGraph kg = KnowledgeGraph.inMemory()) {
            Map<String, Node> misspelt = Map.of("stat", NodeFactory.createURI(ID + "state/EE"));
            assertThrows(UsageException.class, () -> kg.select(QueryCatalogue.bundled().get("deployments"), misspelt));
        }
    }

    @Test
    void export_jsonLd_isReadBackByJena() {
        // RDF4J writes JSON-LD and Jena reads it: both JSON-LD libraries work with the one
        // jakarta.json jar the library leaves on the class path.
        try (KnowledgeGraph kg = KnowledgeGraph.inMemory()) {
            kg.loadReference(List.of());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            kg.export(out, ExportFormat.JSONLD, NodeFactory.createURI("https://w3id.org/entente/graph/reference"));
            DatasetGraph back = DatasetGraphFactory.create();
            RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.JSONLD).parse(back);
            assertFalse(back.isEmpty(), "the reference graph, written and read back");
        }
    }

    @Test
    void classPath_holdsNoServerCommandLineOrLoggingBackend() {
        for (String absent : List.of(
                "org.eclipse.jetty.server.Server",                   // Jetty
                "org.apache.jena.fuseki.main.FusekiServer",          // Fuseki
                "org.apache.shiro.SecurityUtils",                    // Shiro
                "io.micrometer.core.instrument.MeterRegistry",       // Micrometer
                "picocli.CommandLine",                               // picocli
                "me.tongfei.progressbar.ProgressBar",                // progressbar
                "org.apache.jena.cmd.CmdGeneral",                    // jena-cmds
                "org.apache.jena.tdb1.TDB1",                         // jena-tdb1
                "org.apache.logging.log4j.core.LoggerContext",       // log4j-core
                "org.apache.logging.slf4j.Log4jLoggerFactory")) {    // log4j-slf4j2-impl
            assertThrows(ClassNotFoundException.class, () -> Class.forName(absent), absent + " is on the class path");
        }
    }

    @Test
    void classPath_holdsNoLoggingConfigurationAndOneJakartaJson() throws IOException {
        ClassLoader loader = EmbedTest.class.getClassLoader();
        for (String config : List.of("log4j2.xml", "log4j2-test.xml", "logback.xml", "simplelogger.properties")) {
            assertNull(loader.getResource(config), config + " is on the class path");
        }
        List<URL> json = Collections.list(loader.getResources("jakarta/json/Json.class"));
        assertEquals(1, json.size(), "jakarta.json.Json in " + json);
    }

    @Test
    void classPath_holdsTheLibraryWithItsBundledData() {
        assertTrue(QueryCatalogue.bundled().names().containsAll(QueryCatalogue.CONTRACT), "the contract questions are bundled");
    }
}
