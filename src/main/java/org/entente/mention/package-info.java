/**
 * The mention stage: what a document's sentences name — states, organisations, people and
 * their posts, weapons systems, treaties, numbers and dates — linked to the reference data.
 *
 * <p>Library API: {@link org.entente.mention.ReferenceIndex}, the index over the reference
 * data, to build once and pass to {@link org.entente.ingest.TextDocuments};
 * {@link org.entente.mention.Lookup}, what a name resolves to on a date (as
 * {@code entente lookup}); {@link org.entente.mention.Entity} and
 * {@link org.entente.mention.EntityType}, an event's arguments. Stage types:
 * {@link org.entente.mention.MentionFinder}, {@link org.entente.mention.Mention},
 * {@link org.entente.mention.SentenceMentions}, {@link org.entente.mention.Official},
 * {@link org.entente.mention.AliasKind}.
 */
package org.entente.mention;
