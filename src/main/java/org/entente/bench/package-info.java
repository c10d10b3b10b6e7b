/**
 * The benchmarks behind {@code entente bench}: a generated corpus, ingestion, bulk loading,
 * questions, memory and a served store, measured. Part of the command-line application, not of
 * the library API: its public types are there for {@code org.entente.cli} and may change.
 */
package org.entente.bench;
