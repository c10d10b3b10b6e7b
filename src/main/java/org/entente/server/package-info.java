/**
 * Serving the knowledge graph over HTTP: an embedded Apache Jena Fuseki with its UI, one
 * dataset {@code /kg} whose default graph is the union of the document graphs.
 *
 * <p>{@link org.entente.server.EntenteServer} builds the server: SPARQL query at
 * {@code /kg/sparql} and {@code /kg/query}, Graph Store Protocol reads at {@code /kg/get},
 * SPARQL Update at {@code /kg/update}, Graph Store reads and writes at {@code /kg/data},
 * text-document ingest at {@code /kg/ingest} ({@link org.entente.server.IngestService}), health
 * at {@code /$/ping}, and the Fuseki UI at {@code /} opened on the query editor with the
 * contract questions as example queries ({@link org.entente.server.UiPages}), and the explorer at
 * {@code /explore} ({@link org.entente.server.ExplorerPages}: a network of states, timelines and
 * evidence, answered by {@link org.entente.server.ExplorerQuestions}), which
 * {@link org.entente.server.Report} also writes as one offline HTML file.
 *
 * <p>Who may write is decided in one place, {@link org.entente.server.WriteGuard}: reads are
 * open; every write and every administrative path needs a writer from
 * {@link org.entente.server.WriterCredentials} (HTTP basic) and otherwise answers 401 with
 * nothing changed; a browser write on behalf of another web site answers 403. Without writers
 * the server is read-only. Fuseki's admin module is not loaded, so the admin API's dataset,
 * backup, compaction and task operations do not exist on this server.
 *
 * <p>Each request passes, in order: {@link org.entente.server.SecurityHeaders} (browser headers,
 * CORS without credentials), {@code WriteGuard} (with a {@link org.entente.server.LoginThrottle}
 * for wrong passwords), {@link org.entente.server.RequestBounds} (sizes, and a
 * {@link org.entente.server.FetchPolicy} for {@code SERVICE} and {@code LOAD}), the UI's pages
 * and the explorer's. {@link org.entente.server.AutoCompaction} compacts the store after enough writes.
 *
 * <p>Part of the command-line application ({@code entente serve}), not of the library API: its
 * public types are there for {@code org.entente.cli} and may change, and it needs
 * {@code jena-fuseki-main} and {@code jena-fuseki-ui}, optional dependencies that the library does
 * not pass on.
 */
package org.entente.server;
