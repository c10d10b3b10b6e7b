/**
 * Reading documents into the store. {@link org.entente.ingest.TextDocuments} reads one text,
 * Markdown or HTML document into its graph (a pure function of its bytes and the reference
 * data); {@link org.entente.ingest.Ingestor} reads files and folders on worker threads and
 * stores them in file order, as {@code entente ingest} does, rejecting a bad file with a
 * one-line reason and keeping the others.
 *
 * <p>Library API: {@code TextDocuments}, {@code Ingestor}, {@link org.entente.ingest.DocumentWarning}
 * and {@link org.entente.ingest.StageTimes}. Stage type: {@link org.entente.ingest.PublicationDate},
 * the command line's and the server's check of a date given with a request.
 */
package org.entente.ingest;
