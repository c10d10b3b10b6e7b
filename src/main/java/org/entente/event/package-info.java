/**
 * The event stage: deployments, arms transfers, training, treaty signings, statements and
 * post-holdings, read as frames of the reading lexicon, each with its stage, factuality,
 * attribution and evidence sentences.
 *
 * <p>Library API: the values a read document carries, {@link org.entente.event.Event},
 * {@link org.entente.event.EventKind}, {@link org.entente.event.Stage},
 * {@link org.entente.event.Factuality} and {@link org.entente.event.StatementKind}. Stage type:
 * {@link org.entente.event.EventReader}.
 */
package org.entente.event;
