package org.entente.event;

/** What kind of thing a speaker said (CONTRACT.md's words). */
public enum StatementKind {
    CONDEMNATION, DEMAND, WARNING, THREAT, CONFIRMATION, DENIAL, ESTIMATE, ACCUSATION, SUPPORT, STATEMENT;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
