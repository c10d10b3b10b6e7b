package org.entente;

import java.util.ArrayList;
import java.util.List;

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
        warnings.add(new SentenceWarning(file, index, excerpt(text), stage, cause(failure)));
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
     * A failure in one line: its type, its message's first line and the Entente method it was
     * thrown from, which is what a bug report needs ("NullPointerException: … (at Signings.describes:246)").
     */
    static String cause(Throwable failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage().strip().replaceAll("\\s+", " ");
        if (message.length() > CAUSE) message = message.substring(0, CAUSE) + "…";
        String line = failure.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
        for (StackTraceElement frame : failure.getStackTrace()) {
            if (!frame.getClassName().startsWith("org.entente.")) continue;
            String type = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
            return line + " (at " + type + "." + frame.getMethodName() + ":" + frame.getLineNumber() + ")";
        }
        return line;
    }
}
