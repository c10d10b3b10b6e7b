/**
 * The document stage: a file's bytes read into a {@link org.entente.document.Document} — its
 * title, date, source, and the text every character offset points into — from Markdown, plain
 * text or HTML.
 *
 * <p>Stage types: {@code Document} and {@link org.entente.document.DocumentReader}. A library user
 * reads documents through {@link org.entente.ingest.TextDocuments}.
 */
package org.entente.document;
