package org.entente.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.store.KnowledgeGraph;
import picocli.CommandLine.Option;

/** The options every command shares: which store, and which extra reference data. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "<dir>",
            description = "TDB2 store directory, created when missing (default: $ENTENTE_STORE, else ~/.entente/store).")
    Path store;

    @Option(names = "--reference", paramLabel = "<dir>",
            description = "Extra reference data: a folder of Turtle files added to the bundled reference graph. Repeatable.")
    List<Path> reference = new ArrayList<>();

    /** The store directory to use: the option, the environment, or the default. */
    Path storeDirectory() {
        if (store != null) return store;
        String env = System.getenv("ENTENTE_STORE");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(System.getProperty("user.home"), ".entente", "store");
    }

    /** Opens the store and brings its reference graph up to date. */
    KnowledgeGraph open() {
        KnowledgeGraph kg = KnowledgeGraph.open(storeDirectory());
        try {
            kg.loadReference(reference);
            return kg;
        } catch (RuntimeException e) {
            kg.close();
            throw e;
        }
    }
}
