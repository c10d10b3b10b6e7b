package org.entente.evaluate;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.entente.evaluate.Report.DocumentResult;
import org.entente.evaluate.Report.FieldScore;
import org.entente.evaluate.Report.Finding;
import org.entente.evaluate.Report.Kind;
import org.entente.evaluate.Report.Score;

/**
 * Writes a {@link Report} as a text table with its findings, or as JSON. Output depends only
 * on the report: no clock, no hash order.
 */
public final class ReportWriter {
    private ReportWriter() {}

    /**
     * The report as text: a line saying what was evaluated, the table (one line per question,
     * then overall), then each finding on a line of its own.
     *
     * @param tableOnly print the table alone (the {@code --quiet} output)
     */
    public static String text(Report report, boolean tableOnly) {
        StringBuilder b = new StringBuilder();
        if (!tableOnly) {
            long rejected = report.documents().stream().filter(d -> d.rejection() != null).count();
            b.append(String.format(Locale.ROOT, "evaluated %d documents (%d rejected by ingestion, %d sentences skipped,"
                    + " %d without a key not scored)%n%n", report.documents().size(), rejected, report.findings(Kind.WARNING).size(),
                    report.unkeyed().size()));
        }
        b.append(String.format(Locale.ROOT, "%-15s %8s %7s %5s %7s %9s %7s %6s  %s%n",
                "question", "returned", "ignored", "key", "matched", "precision", "recall", "f1", "fields agreeing"));
        for (Score s : report.questions()) b.append(line(s));
        b.append(line(report.overall()));
        if (tableOnly) return b.toString();
        if (!report.findings().isEmpty()) b.append(System.lineSeparator());
        for (Finding f : report.findings()) {
            b.append(String.format(Locale.ROOT, "%-9s %s  %s%s%n", f.kind().word(), f.document(),
                    f.question().isEmpty() ? "" : f.question() + "  ", f.text()));
        }
        return b.toString();
    }

    private static String line(Score s) {
        StringBuilder fields = new StringBuilder();
        for (FieldScore f : s.fields()) {
            if (fields.length() > 0) fields.append(", ");
            fields.append(f.field()).append(' ').append(f.agreed()).append('/').append(f.compared());
        }
        return String.format(Locale.ROOT, "%-15s %8d %7d %5d %7d %9.3f %7.3f %6.3f  %s%n", s.question(), s.returned(), s.ignored(),
                s.keyRows(), s.matched(), s.precision(), s.recall(), s.f1(), fields);
    }

    /**
     * The report as one JSON object: {@code questions} and {@code overall} scores,
     * {@code documents} with each document's scores, and the lists {@code rejected},
     * {@code warning}, {@code missed}, {@code spurious}, {@code differs} and {@code unkeyed}.
     */
    public static String json(Report report) {
        JsonObject o = new JsonObject();
        o.put("documentCount", report.documents().size());
        o.put("questions", scores(report.questions()));
        o.put("overall", score(report.overall()));
        JsonArray docs = new JsonArray();
        for (DocumentResult d : report.documents()) {
            JsonObject j = new JsonObject();
            j.put("document", d.document());
            j.put("rejected", d.rejection() == null ? JsonNull.instance : new JsonString(d.rejection()));
            j.put("questions", scores(d.questions()));
            j.put("overall", score(d.overall()));
            docs.add(j);
        }
        o.put("documents", docs);
        for (Kind kind : Kind.values()) {
            JsonArray list = new JsonArray();
            for (Finding f : report.findings(kind)) {
                JsonObject j = new JsonObject();
                j.put("document", f.document());
                if (!f.question().isEmpty()) j.put("question", f.question());
                j.put(kind == Kind.REJECTED || kind == Kind.WARNING ? "reason" : "row", f.text());
                list.add(j);
            }
            o.put(kind.word(), list);
        }
        JsonArray unkeyed = new JsonArray();
        report.unkeyed().forEach(u -> unkeyed.add(new JsonString(u)));
        o.put("unkeyed", unkeyed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(out, o);
        return out.toString(StandardCharsets.UTF_8) + System.lineSeparator();
    }

    private static JsonObject scores(List<Score> scores) {
        JsonObject o = new JsonObject();
        for (Score s : scores) o.put(s.question(), score(s));
        return o;
    }

    private static JsonObject score(Score s) {
        JsonObject o = new JsonObject();
        o.put("returned", s.returned());
        o.put("ignored", s.ignored());
        o.put("keyRows", s.keyRows());
        o.put("matched", s.matched());
        o.put("precision", number(s.precision()));
        o.put("recall", number(s.recall()));
        o.put("f1", number(s.f1()));
        JsonObject fields = new JsonObject();
        for (FieldScore f : s.fields()) {
            JsonObject j = new JsonObject();
            j.put("agreed", f.agreed());
            j.put("compared", f.compared());
            j.put("accuracy", number(f.accuracy()));
            fields.put(f.field(), j);
        }
        o.put("fields", fields);
        return o;
    }

    private static JsonNumber number(double d) {
        return JsonNumber.value(BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_UP));
    }
}
