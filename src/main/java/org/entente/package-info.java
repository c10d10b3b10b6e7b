/**
 * Entente: a knowledge graph of geopolitical actors, events and treaties, read from news.
 *
 * <p><b>The library</b> is this package and {@code store}, {@code ingest}, {@code query},
 * {@code nlp}, {@code mention}, {@code event}, {@code rdf}, {@code document} and {@code vocab}.
 * A program starts from
 * {@link org.entente.store.KnowledgeGraph} (a TDB2, in-memory or remote store),
 * {@link org.entente.ingest.TextDocuments} (one document read into its graph, with
 * {@link org.entente.nlp.Nlp} and {@link org.entente.mention.ReferenceIndex}) and
 * {@link org.entente.query.QueryCatalogue} (the bundled questions):
 *
 * <pre>{@code
 * try (KnowledgeGraph kg = KnowledgeGraph.inMemory()) {
 *     kg.loadReference(List.of());
 *     TextDocuments text = new TextDocuments(new Nlp(), ReferenceIndex.build(kg.referenceGraph()));
 *     kg.add(text.read(Path.of("news/a.md")).document());
 *     ResultSetRewindable rows = kg.select(QueryCatalogue.bundled().get("deployments"), Map.of());
 * }
 * }</pre>
 *
 * <p>Each stage of the pipeline is a package, and Java has no visibility between packages short
 * of {@code public}, so the types one stage hands the next are public too. Each package's
 * documentation says which of its types are for library users and which are <em>stage
 * types</em>, public for the next stage and free to change between versions. The packages
 * {@code bench}, {@code cli}, {@code evaluate} and {@code server} are the command-line
 * application's, not the library's: their few public types are there for {@code cli}, they are
 * left out of this documentation, and the server needs dependencies the library does not pass
 * on.
 *
 * <p>In this package, for library users: {@link org.entente.EntenteException}, the one
 * unchecked exception family, and its {@link org.entente.UsageException};
 * {@link org.entente.SentenceWarning}, a sentence skipped while a document was read. Stage
 * types: {@link org.entente.SentenceWarnings}, {@link org.entente.ReadingBudget},
 * {@link org.entente.Bundled}.
 *
 * <p>Entente logs through the SLF4J API and ships no logging backend or configuration; the
 * application that embeds it chooses both.
 */
package org.entente;
