package org.entente;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sentences one document's stages failed on, in the order they failed. A stage that reads
 * sentence by sentence catches a failure in one sentence, skips that sentence and reports it
 * here, so one sentence that trips a bug never costs the whole document; the caller hands the
 * warnings to the user. One per document read; not thread-safe (a document is read on one thread).
 *
 * <pre>{@code
 * SentenceWarnings warnings = new SentenceWarnings("a.md");
 * try { read(sentence); } catch (RuntimeException e) { warnings.skipped(Stage.EVENT, s.index(), s.text(), e); }
 * }</pre>
 */
public final class SentenceWarnings {
    /** How many characters of a sentence a warning quotes. */
    public static final int EXCERPT = 80;
    /** How many characters of an exception's message a warning keeps. */
    static final int CAUSE = 200;

    private static final Logger LOG = LoggerFactory.getLogger(SentenceWarnings.class);

    private final String file;
    private final List<SentenceWarning> warnings = new ArrayList<>();

    /** @param file the document the warnings are about, as the user named it (its source key) */
    public SentenceWarnings(String file) {
        this.file = file;
    }

    /**
     * Reports that a stage skipped a sentence because reading it failed.
     *
     * @param index   the sentence's index in the document
     * @param text    the sentence's text (quoted in part)
     * @param failure what was thrown
     */
    public void skipped(SentenceWarning.Stage stage, int index, String text, RuntimeException failure) {
        SentenceWarning w = new SentenceWarning(file, index, excerpt(text), stage, cause(failure));
        warnings.add(w);
        // The user gets the line; whoever fixes the bug can switch this logger to debug for the stack trace.
        LOG.debug("{}", w.message(), failure);
    }

    /** The warnings so far, in order. */
    public List<SentenceWarning> list() {
        return List.copyOf(warnings);
    }

    /** The first {@value #EXCERPT} characters of a text, its white space collapsed to single spaces. */
    static String excerpt(String text) {
        String one = text.strip().replaceAll("\\s+", " ");
        return one.length() <= EXCERPT ? one : one.substring(0, EXCERPT) + "…";
    }

    /**
     * A failure in one line: its type, its message on one line and the two innermost Entente
     * methods it went through, which is what a bug report needs
     * ("ArrayIndexOutOfBoundsException: Index 30 … (at Clauses.token:35 via Statements.speaker:120)").
     */
    static String cause(Throwable failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage().strip().replaceAll("\\s+", " ");
        if (message.length() > CAUSE) message = message.substring(0, CAUSE) + "…";
        String line = failure.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
        List<String> where = new ArrayList<>();
        for (StackTraceElement frame : failure.getStackTrace()) {
            if (!frame.getClassName().startsWith("org.entente.")) continue;
            String type = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
            where.add(type + "." + frame.getMethodName() + ":" + frame.getLineNumber());
            if (where.size() == 2) break;
        }
        // The JIT drops the stack of an exception it has thrown many times, unless told not to.
        if (failure.getStackTrace().length == 0) return line + " (no stack trace: run Java with -XX:-OmitStackTraceInFastThrow)";
        return where.isEmpty() ? line : line + " (at " + String.join(" via ", where) + ")";
    }
}
