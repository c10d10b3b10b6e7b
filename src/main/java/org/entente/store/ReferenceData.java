package org.entente.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.entente.Bundled;
import org.entente.EntenteException;
import org.entente.vocab.Iris;

/**
 * The reference knowledge: the Turtle files bundled with Entente plus those of any extra
 * directories a user names, parsed into one graph with a hash of their content.
 */
public record ReferenceData(Graph graph, String contentHash) {

    /**
     * Reads the bundled reference files and every {@code .ttl} file in the extra directories.
     *
     * @throws EntenteException naming the first file that cannot be read or parsed
     */
    public static ReferenceData read(List<Path> extraDirectories) {
        List<Bundled.Resource> files = new ArrayList<>(Bundled.list("reference", ".ttl"));
        for (Path dir : extraDirectories) files.addAll(readDirectory(dir));
        Graph graph = GraphFactory.createDefaultGraph();
        StringBuilder hashes = new StringBuilder();
        for (Bundled.Resource file : files) {
            try {
                RDFParser.source(new ByteArrayInputStream(file.bytes())).lang(Lang.TURTLE)
                        .errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(graph);
            } catch (RiotException e) {
                throw new EntenteException(file.name() + ": not valid Turtle: " + KnowledgeGraph.oneLine(e), e);
            }
            hashes.append(file.name()).append(':').append(Iris.sha256(file.bytes())).append('\n');
        }
        return new ReferenceData(graph, Iris.sha256(hashes.toString()));
    }

    private static List<Bundled.Resource> readDirectory(Path dir) {
        if (!Files.isDirectory(dir)) throw new EntenteException(dir + ": reference directory not found");
        List<Bundled.Resource> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".ttl")).sorted().toList()) {
                out.add(new Bundled.Resource(p.toString(), Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new EntenteException(dir + ": cannot read reference files: " + KnowledgeGraph.oneLine(e), e);
        }
        return out;
    }
}
