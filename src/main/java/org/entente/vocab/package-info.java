/**
 * The words every stage shares: the IRIs of the Entente ontology and of the public
 * vocabularies it reuses, and the deterministic minting of data IRIs. It holds constants and
 * pure functions only, so any stage may use it without depending on a later one.
 *
 * <p>Library API: {@link org.entente.vocab.Vocab}, the IRIs to write questions of your own with.
 * Stage type: {@link org.entente.vocab.Iris}.
 */
package org.entente.vocab;
