package org.entente.mention;

/** What kind of thing a reference entity (or a mention) is. */
public enum EntityType {
    STATE, ORGANIZATION, PERSON, AGENCY, ARMED_FORCE, UNIT, WEAPON, TREATY, CONFLICT, POST, WEAPON_CATEGORY;

    /** Can this be the actor of an event: send troops, supply arms, speak? */
    public boolean isActor() {
        return this == STATE || this == ORGANIZATION || this == PERSON || this == AGENCY || this == ARMED_FORCE || this == UNIT;
    }
}
