package org.entente.cli;

import org.entente.ingest.TextDocuments;
import org.entente.mention.ReferenceIndex;
import org.entente.nlp.Nlp;
import org.entente.store.KnowledgeGraph;

/** Builds the text pipeline over a store's reference data. */
final class Pipelines {
    private Pipelines() {}

    static TextDocuments text(KnowledgeGraph kg, StoreOptions options) {
        return new TextDocuments(new Nlp(), ReferenceIndex.build(kg.referenceGraph()));
    }
}
