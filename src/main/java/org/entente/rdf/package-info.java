/**
 * The RDF stage: a document's events written as its own named graph, with deterministic IRIs.
 *
 * <p>Library API: {@link org.entente.rdf.DocumentGraph}, one document's graph ready to store
 * with {@link org.entente.store.KnowledgeGraph#add}. Stage type: {@link org.entente.rdf.Emitter}.
 */
package org.entente.rdf;
