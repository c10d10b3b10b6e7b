package org.entente.event;

/** How far an event has gone, from being weighed to being done; later stages rank higher. */
public enum Stage {
    CONSIDERED, PLANNED, ANNOUNCED, ONGOING, COMPLETED;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
