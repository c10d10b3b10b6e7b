package org.entente.store;

/**
 * One way the data breaks the shapes, in plain words.
 *
 * @param graph   the named graph holding the offending resource
 * @param focus   the resource that breaks the rule
 * @param message what is wrong, from the shape's {@code sh:message}
 */
public record Violation(String graph, String focus, String message) {
    @Override
    public String toString() {
        return graph + ": " + focus + ": " + message;
    }
}
