package org.entente.event;

/** How sure the text is of a fact; a doubt outranks a plain assertion when cues meet in one clause. */
public enum Factuality {
    CONFIRMED, REPORTED, ALLEGED, UNVERIFIED, DENIED;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The more doubtful of two readings of one clause. */
    Factuality doubt(Factuality other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
