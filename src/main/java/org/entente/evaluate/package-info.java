/**
 * Scoring extraction against hand-made answer keys, behind {@code entente evaluate}. Part of the
 * command-line application, not of the library API: its public types are there for
 * {@code org.entente.cli} and may change.
 */
package org.entente.evaluate;
