package org.entente.evaluate;

import static org.entente.evaluate.Column.date;
import static org.entente.evaluate.Column.entity;
import static org.entente.evaluate.Column.integer;
import static org.entente.evaluate.Column.looseText;
import static org.entente.evaluate.Column.phrase;
import static org.entente.evaluate.Column.word;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The six scored questions of CONTRACT.md ("How answers are scored"): the columns a row
 * matches on, and the columns compared once a row has matched.
 */
enum Question {
    OFFICIALS("officials", "officials", List.of(entity("person"), entity("state")), List.of(phrase("role"))),
    DEPLOYMENTS("deployments", "deployments", List.of(entity("sender"), entity("host")),
            List.of(integer("troops"), word("stage", Words.STAGES), word("factuality", Words.FACTUALITY))),
    ARMS_TRANSFERS("arms-transfers", "arms_transfers", List.of(entity("supplier"), entity("recipient"), entity("system")),
            List.of(word("stage", Words.STAGES))),
    TREATIES("treaties", "treaties", List.of(entity("treaty"), entity("party")), List.of(date("signed"))),
    STATEMENTS("statements", "statements", List.of(entity("speaker"), word("kind", Words.KINDS)),
            List.of(looseText("target", "targetLabel"))),
    TRAINING("training", "training", List.of(entity("trainee"), entity("host")),
            List.of(word("stage", Words.STAGES), word("factuality", Words.FACTUALITY)));

    /** The contract's words for the word columns. */
    static final class Words {
        private Words() {}

        static final Set<String> STAGES = Set.of("considered", "planned", "announced", "ongoing", "completed");
        static final Set<String> FACTUALITY = Set.of("confirmed", "reported", "alleged", "unverified", "denied");
        static final Set<String> KINDS = Set.of("condemnation", "demand", "warning", "threat", "confirmation", "denial",
                "estimate", "accusation", "support", "statement");
    }

    private final String queryName;
    private final String keyField;
    private final List<Column> matchOn;
    private final List<Column> compared;

    Question(String queryName, String keyField, List<Column> matchOn, List<Column> compared) {
        this.queryName = queryName;
        this.keyField = keyField;
        this.matchOn = matchOn;
        this.compared = compared;
    }

    /** The question's name in the catalogue ({@code arms-transfers}). */
    String queryName() {
        return queryName;
    }

    /** The question's field in an answer key ({@code arms_transfers}). */
    String keyField() {
        return keyField;
    }

    /** The columns on which a returned row matches a key row. */
    List<Column> matchOn() {
        return matchOn;
    }

    /** The columns compared, and reported as field accuracy, once a row has matched. */
    List<Column> compared() {
        return compared;
    }

    /** Every scored column: first those matched on, then those compared. */
    List<Column> columns() {
        List<Column> all = new ArrayList<>(matchOn);
        all.addAll(compared);
        return all;
    }

    /** The question with a catalogue name, or null. */
    static Question named(String queryName) {
        for (Question q : values()) if (q.queryName.equals(queryName)) return q;
        return null;
    }
}
