package org.entente.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.evaluate.Report.FieldScore;
import org.entente.evaluate.Report.Finding;
import org.entente.evaluate.Report.Kind;
import org.entente.evaluate.Report.Score;

/**
 * Compares the rows a question returned for one document with the document's answer key, as
 * CONTRACT.md "How answers are scored" says. A returned row matches a key row when it agrees
 * on every match column; rows pair one-to-one, choosing the pairing with the most pairs and,
 * among those, the most agreeing compared fields. Rows left unpaired then pair, one to one, with
 * the optional key rows they match, and are ignored; any other unpaired row is spurious (so a
 * duplicate counts against precision even when it repeats an optional row); a required key row
 * left unpaired is missed.
 */
final class Scorer {
    private Scorer() {}

    /** One document's score on one question, with its findings. */
    record Outcome(Score score, List<Finding> findings) {
        Outcome {
            findings = List.copyOf(findings);
        }
    }

    /**
     * Scores the rows a question returned for one document.
     *
     * @param rows     result variable → lexical form (IRIs as IRI strings); unbound variables absent
     * @param document the document's name, for findings
     */
    static Outcome score(Question q, AnswerKey key, List<Map<String, String>> rows, String document) {
        List<AnswerKey.Row> required = key.rows(q).stream().filter(r -> !r.optional()).toList();
        List<AnswerKey.Row> optional = key.rows(q).stream().filter(AnswerKey.Row::optional).toList();
        long big = (long) q.compared().size() * Math.min(rows.size(), required.size()) + 1;
        long[][] weights = new long[rows.size()][required.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < required.size(); j++) {
                if (matches(q, required.get(j), rows.get(i), key)) weights[i][j] = big + agreements(q, required.get(j), rows.get(i), key);
            }
        }
        int[] pairedWith = Assignment.maximise(weights);
        boolean[] ignoredRow = pairOptional(q, key, rows, optional, pairedWith);
        boolean[] keyPaired = new boolean[required.size()];
        int matched = 0, ignored = 0;
        int[][] fieldTally = new int[q.compared().size()][2];
        List<Finding> spurious = new ArrayList<>(), differs = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            if (pairedWith[i] >= 0) {
                matched++;
                keyPaired[pairedWith[i]] = true;
                compareFields(q, required.get(pairedWith[i]), row, key, fieldTally, differs, document);
            } else if (ignoredRow[i]) {
                ignored++;
            } else {
                spurious.add(new Finding(document, q.queryName(), Kind.SPURIOUS, describe(q, row)));
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (int j = 0; j < required.size(); j++) {
            if (!keyPaired[j]) findings.add(new Finding(document, q.queryName(), Kind.MISSED, required.get(j).display()));
        }
        findings.addAll(spurious);
        findings.addAll(differs);
        List<FieldScore> fields = new ArrayList<>();
        for (int c = 0; c < q.compared().size(); c++) {
            fields.add(new FieldScore(q.compared().get(c).field(), fieldTally[c][0], fieldTally[c][1]));
        }
        return new Outcome(new Score(q.queryName(), rows.size(), ignored, required.size(), matched, fields), findings);
    }

    /**
     * The rows left unpaired that pair, one to one, with an optional key row: each optional
     * row excuses one returned row, so duplicates still count against precision.
     */
    private static boolean[] pairOptional(Question q, AnswerKey key, List<Map<String, String>> rows,
                                          List<AnswerKey.Row> optional, int[] pairedWith) {
        long[][] weights = new long[rows.size()][optional.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < optional.size(); j++) {
                if (pairedWith[i] < 0 && matches(q, optional.get(j), rows.get(i), key)) weights[i][j] = 1;
            }
        }
        int[] excusedBy = Assignment.maximise(weights);
        boolean[] ignored = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) ignored[i] = excusedBy[i] >= 0;
        return ignored;
    }

    /** Whether a returned row agrees with a key row on every match column. */
    static boolean matches(Question q, AnswerKey.Row keyRow, Map<String, String> row, AnswerKey key) {
        for (Column c : q.matchOn()) {
            if (!c.agrees(keyRow.expected().get(c.field()), row, key.names())) return false;
        }
        return true;
    }

    private static int agreements(Question q, AnswerKey.Row keyRow, Map<String, String> row, AnswerKey key) {
        int n = 0;
        for (Column c : q.compared()) {
            List<String> accepted = keyRow.expected().get(c.field());
            if (accepted != null && c.agrees(accepted, row, key.names())) n++;
        }
        return n;
    }

    private static void compareFields(Question q, AnswerKey.Row keyRow, Map<String, String> row, AnswerKey key,
                                      int[][] tally, List<Finding> differs, String document) {
        for (int c = 0; c < q.compared().size(); c++) {
            Column column = q.compared().get(c);
            List<String> accepted = keyRow.expected().get(column.field());
            if (accepted == null) continue;
            tally[c][1]++;
            if (column.agrees(accepted, row, key.names())) {
                tally[c][0]++;
            } else {
                String expected = accepted.isEmpty() ? "(none)" : String.join("|", accepted);
                String got = row.get(column.variable());
                got = got == null ? "(none)" : column.kind() == Column.Kind.WORD ? Column.localName(got) : got;
                differs.add(new Finding(document, q.queryName(), Kind.DIFFERS, column.field() + ": expected " + quote(expected)
                        + ", got " + quote(got) + "; key row " + keyRow.display()));
            }
        }
    }

    /**
     * A returned row as one line: entity columns by label (by IRI when unlabelled), words by
     * their local name, other IRIs (the event, a target entity) left out.
     */
    static String describe(Question q, Map<String, String> row) {
        StringBuilder b = new StringBuilder();
        row.forEach((variable, value) -> {
            String shown;
            if (!isIri(value)) {
                shown = value;
            } else if (isWord(q, variable)) {
                shown = Column.localName(value);
            } else if (isEntity(q, variable) && !row.containsKey(variable + "Label")) {
                shown = "<" + value + ">";
            } else {
                return;
            }
            String name = variable.endsWith("Label") ? variable.substring(0, variable.length() - "Label".length()) : variable;
            if (b.length() > 0) b.append(' ');
            b.append(name).append('=').append(quote(shown));
        });
        return b.toString();
    }

    private static boolean isIri(String value) {
        return value.matches("(?i)(https?|urn|file):\\S+");
    }

    private static boolean isWord(Question q, String variable) {
        return q.columns().stream().anyMatch(c -> c.kind() == Column.Kind.WORD && c.variable().equals(variable));
    }

    private static boolean isEntity(Question q, String variable) {
        return q.columns().stream().anyMatch(c -> c.kind() == Column.Kind.ENTITY && c.field().equals(variable));
    }

    /** A value as reports print it: bare when it is one plain word, else in double quotes. */
    static String quote(String value) {
        if (!value.isEmpty() && value.chars().noneMatch(ch -> Character.isWhitespace(ch) || ch == '"' || ch == '=')) return value;
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
