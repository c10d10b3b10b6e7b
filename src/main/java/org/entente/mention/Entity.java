package org.entente.mention;

import org.apache.jena.graph.Node;

/**
 * A known entity: a reference resource, or one minted from text for an actor the reference
 * data lacks.
 *
 * @param iri      its IRI
 * @param type     what kind of thing it is
 * @param label    its one label
 * @param state    the state it belongs to (an agency's or post's state, a person's state,
 *                 a weapon's maker), or null
 * @param category a weapon system's category concept, or null
 * @param known    true when it comes from the reference data
 */
public record Entity(Node iri, EntityType type, String label, Node state, Node category, boolean known) {
    /** The state (or international organisation) this entity stands for or belongs to: itself for a state or organisation. */
    public Node stateOrSelf() {
        return type == EntityType.STATE || type == EntityType.ORGANIZATION ? iri : state;
    }
}
