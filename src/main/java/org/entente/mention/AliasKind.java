package org.entente.mention;

/**
 * How a name refers to its entity: its name, a demonym ("North Korean"), a capital ("Pyongyang"), a seat of government
 * ("the Kremlin"), or a place inside a state ("Kursk"), which locates but never speaks for it.
 */
public enum AliasKind { NAME, DEMONYM, CAPITAL, METONYM, PLACE }
