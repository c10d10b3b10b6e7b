/**
 * The questions: {@link org.entente.query.QueryCatalogue} holds the bundled SPARQL questions
 * (their columns fixed by CONTRACT.md) and {@link org.entente.query.Parameters} reads
 * {@code name=value} parameters and checks them against the variables a question takes. Both
 * are library API; {@link org.entente.store.KnowledgeGraph#select} asks a question.
 */
package org.entente.query;
