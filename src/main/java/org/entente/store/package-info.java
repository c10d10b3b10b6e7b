/**
 * The store: {@link org.entente.store.KnowledgeGraph}, a TDB2, in-memory or remote SPARQL 1.1
 * dataset with one named graph per document and one for the reference data, queried through
 * their union; exported byte-stable ({@link org.entente.store.ExportFormat}), validated against
 * the SHACL shapes ({@link org.entente.store.Validator}, {@link org.entente.store.Violation}) and
 * counted ({@link org.entente.store.Stats}). {@link org.entente.store.ReferenceData} reads the
 * bundled reference data plus folders of your own; {@link org.entente.store.BulkLoader} loads
 * an export back in bulk.
 *
 * <p>All the public types of this package are library API.
 */
package org.entente.store;
