package org.entente;

import java.util.Locale;
import java.util.Objects;

/**
 * A sentence a stage of the text pipeline failed on and skipped: the document was read
 * without that stage's reading of it, and everything else was kept. Immutable.
 *
 * <pre>{@code
 * a.md: sentence 3 skipped by the event stage ("Russia and Belarus signed a pact."): IllegalArgumentException: … (at Signings.describes:246)
 * }</pre>
 *
 * @param file     the document: its source key (the path as given, or the name it was posted under)
 * @param sentence the sentence's index among the document's sentences, from 0
 * @param excerpt  the sentence's first {@value SentenceWarnings#EXCERPT} characters, on one line
 * @param stage    the stage that failed
 * @param cause    the failure in one line: exception type, message and where it was thrown
 */
public record SentenceWarning(String file, int sentence, String excerpt, Stage stage, String cause) {
    /** The stages that read a document sentence by sentence, and so can skip one. */
    public enum Stage {
        /** Finding and linking names, posts, weapon words, numbers and dates. */
        MENTION,
        /** Reading events. */
        EVENT;

        /** The stage as a lower-case word, as messages and JSON print it. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SentenceWarning {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(cause, "cause");
        if (sentence < 0) throw new IllegalArgumentException("sentence index must be 0 or more, was " + sentence);
    }

    /** The warning without its file, for lists already grouped by document. */
    public String detail() {
        return "sentence " + sentence + " skipped by the " + stage.word() + " stage (\"" + excerpt + "\"): " + cause;
    }

    /** The warning as one line naming the file, the sentence and the cause. */
    public String message() {
        return file + ": " + detail();
    }
}
