/**
 * The {@code entente} command line (picocli): one command class per subcommand, started by
 * {@link org.entente.cli.Main}. Part of the application, not of the library API; it needs the
 * optional dependencies (picocli, progressbar, Log4j, Fuseki) that the shaded {@code -cli} jar
 * carries.
 */
package org.entente.cli;
