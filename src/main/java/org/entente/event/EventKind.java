package org.entente.event;

/** The kinds of fact Entente reads. A post-holding ({@code TENURE}) is a fact too, with evidence. */
public enum EventKind { DEPLOYMENT, ARMS_TRANSFER, TRAINING, TREATY_SIGNING, STATEMENT, TENURE }
