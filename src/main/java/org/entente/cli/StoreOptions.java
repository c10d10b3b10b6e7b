package org.entente.cli;

import java.net.PasswordAuthentication;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.EntenteException;
import org.entente.store.KnowledgeGraph;
import org.entente.store.RemoteEndpoints;
import picocli.CommandLine.Option;

/** The options every command shares: which store, and which extra reference data. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "<dir|url>",
            description = {"TDB2 store directory, created when missing (default: $ENTENTE_STORE, else ~/.entente/store);",
                    "or the http(s) URL of a remote SPARQL 1.1 dataset, e.g. http://127.0.0.1:3030/kg."})
    String store;

    @Option(names = "--query-url", paramLabel = "<url>",
            description = "A remote store's SPARQL query endpoint (default: <store URL>/sparql; Virtuoso: http://host:8890/sparql-auth, or /sparql to read anonymously).")
    URI queryUrl;

    @Option(names = "--update-url", paramLabel = "<url>",
            description = "A remote store's SPARQL Update endpoint (default: <store URL>/update; Virtuoso: http://host:8890/sparql-auth).")
    URI updateUrl;

    @Option(names = "--gsp-url", paramLabel = "<url>",
            description = "A remote store's Graph Store Protocol endpoint (default: <store URL>/data; Virtuoso: http://host:8890/sparql-graph-crud-auth).")
    URI gspUrl;

    @Option(names = "--user", paramLabel = "<name>",
            description = "User for a remote store, sent when it asks, with HTTP Basic or Digest (default: $ENTENTE_REMOTE_USER).")
    String user;

    @Option(names = "--password", paramLabel = "<password>",
            description = "Password for a remote store (default: $ENTENTE_REMOTE_PASSWORD; prefer the variable: options show in ps).")
    String password;

    @Option(names = "--reference", paramLabel = "<dir>",
            description = "Extra reference data: a folder of Turtle files added to the bundled reference graph. Repeatable.")
    List<Path> reference = new ArrayList<>();

    /** The store directory to use: the option, the environment, or the default. */
    Path storeDirectory() {
        if (!isRemote() && (queryUrl != null || updateUrl != null || gspUrl != null)) {
            throw new EntenteException("--query-url, --update-url and --gsp-url are for a remote store: give --store its URL as well");
        }
        if (isRemote()) throw new EntenteException("--store " + storeName() + " is a URL; this command needs a local store directory");
        return Path.of(storeName());
    }

    /** The store as given: the option, the environment, or the default directory. */
    String storeName() {
        if (store != null) return store;
        String env = System.getenv("ENTENTE_STORE");
        if (env != null && !env.isBlank()) return env;
        return Path.of(System.getProperty("user.home"), ".entente", "store").toString();
    }

    /** True when the store is the URL of a remote SPARQL dataset. */
    boolean isRemote() {
        return storeName().matches("(?i)https?://.*");
    }

    /** Opens the store (a directory or a remote dataset) and brings its reference graph up to date. */
    KnowledgeGraph open() {
        KnowledgeGraph kg = isRemote() ? KnowledgeGraph.remote(endpoints(), credentials())
                : KnowledgeGraph.open(storeDirectory());
        try {
            kg.loadReference(reference);
            return kg;
        } catch (EntenteException e) {
            if (!isRemote()) {
                kg.close();
                throw e;
            }
            // A reader without write access can still ask questions of a remote store.
            System.err.println("entente: warning: reference data not updated on the remote store: " + e.getMessage());
            return kg;
        } catch (RuntimeException e) {
            kg.close();
            throw e;
        }
    }

    /** The remote store's endpoints: Fuseki's layout under the store URL, each replaced by its option. */
    private RemoteEndpoints endpoints() {
        RemoteEndpoints endpoints = RemoteEndpoints.of(URI.create(storeName()));
        if (queryUrl != null) endpoints = endpoints.query(queryUrl);
        if (updateUrl != null) endpoints = endpoints.update(updateUrl);
        if (gspUrl != null) endpoints = endpoints.graphStore(gspUrl);
        return endpoints;
    }

    private PasswordAuthentication credentials() {
        String name = user != null ? user : System.getenv("ENTENTE_REMOTE_USER");
        String secret = password != null ? password : System.getenv("ENTENTE_REMOTE_PASSWORD");
        if (name == null || name.isBlank()) return null;
        if (secret == null) throw new EntenteException("A remote user needs a password: give --password or set ENTENTE_REMOTE_PASSWORD");
        return new PasswordAuthentication(name, secret.toCharArray());
    }
}
