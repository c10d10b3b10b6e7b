package org.entente.store;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.entente.vocab.Vocab;

/**
 * What a store holds.
 *
 * @param documents number of document graphs
 * @param quads     number of stored quads, reference graph included
 * @param referenceTriples triples in the reference graph
 * @param eventsByKind events in document graphs, by class local name, sorted
 */
public record Stats(int documents, long quads, long referenceTriples, Map<String, Long> eventsByKind) {
    private static final List<Node> EVENT_KINDS = List.of(Vocab.DEPLOYMENT, Vocab.ARMS_TRANSFER, Vocab.TRAINING,
            Vocab.TREATY_SIGNING, Vocab.STATEMENT, Vocab.TENURE);

    static Stats of(DatasetGraph dataset, List<Node> documents) {
        long quads = 0;
        var all = dataset.find();
        while (all.hasNext()) {
            all.next();
            quads++;
        }
        long reference = dataset.getGraph(Vocab.REFERENCE_GRAPH).size();
        TreeMap<String, Long> kinds = new TreeMap<>();
        for (Node kind : EVENT_KINDS) {
            long n = 0;
            for (Node doc : documents) n += dataset.getGraph(doc).find(Node.ANY, Vocab.TYPE, kind).toList().size();
            kinds.put(kind.getLocalName(), n);
        }
        return new Stats(documents.size(), quads, reference, java.util.Collections.unmodifiableSortedMap(kinds));
    }
}
