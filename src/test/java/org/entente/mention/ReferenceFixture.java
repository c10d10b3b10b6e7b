package org.entente.mention;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.entente.store.ReferenceData;

/** The bundled reference data, its index and a lookup, read once for all tests of this package. */
final class ReferenceFixture {
    static final ReferenceData DATA = ReferenceData.read(List.of());
    static final Graph GRAPH = DATA.graph();
    static final ReferenceIndex INDEX = ReferenceIndex.build(GRAPH);
    static final Lookup LOOKUP = new Lookup(INDEX);

    static final String ID = "https://w3id.org/entente/id/";

    private ReferenceFixture() {}
}
