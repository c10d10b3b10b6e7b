package org.entente.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetStream;
import org.entente.EntenteException;
import org.entente.store.KnowledgeGraph;

/**
 * The explorer as one self-contained HTML file, for a state or a date range: the same page, script
 * and ECharts inlined, and every answer the page can ask within that scope embedded as JSON, so that
 * it opens offline from {@code file://} and can be mailed to a colleague.
 *
 * <pre>{@code
 * Report report = Report.create(kg).state("https://w3id.org/entente/id/state/NO").from("2024").build();
 * Files.writeString(Path.of("norway.html"), report.html());
 * }</pre>
 *
 * <p>What is embedded: {@code relations} for the scope; for each state it draws, its
 * {@code timeline} in the range; for each event on those timelines, its {@code sources},
 * {@code disagreements} and whole {@code timeline}. That is every question the page asks when a
 * reader clicks a state, a relation or an event; the page says so plainly if a question falls
 * outside the report. Each event's timeline is taken from the drawn states' timelines (a state keeps
 * whole events), the whole store's disagreements from one answer, both split by their event column,
 * and an event only one document reports has no disagreements to ask for: a few questions per state
 * instead of three per event. The size grows with the events in scope (a few kilobytes each, plus about
 * 1 MB of ECharts): a report of a whole large store is better narrowed by state or range.
 *
 * <p>The file carries its own content security policy: scripts only by the hashes of the two it
 * inlines, no connections, nothing loaded from anywhere. News text in the answers is data
 * ({@code <} escaped in the JSON) that the page writes as text, never as markup. The same store
 * and scope give the same bytes (no clock, sorted crawl). Immutable once built.
 */
public final class Report {
    /** The id of the script element holding the answers; the page reads its data from it when present. */
    static final String DATA_ID = "entente-report";

    private final String html;
    private final int states;
    private final int events;

    private Report(String html, int states, int events) {
        this.html = html;
        this.states = states;
        this.events = events;
    }

    /** A builder for a report on this graph (whole store, all dates, until narrowed). */
    public static Builder create(KnowledgeGraph graph) {
        return new Builder(graph);
    }

    /** The report's HTML. */
    public String html() {
        return html;
    }

    /** The number of states the report draws. */
    public int states() {
        return states;
    }

    /** The number of events whose sources the report holds. */
    public int events() {
        return events;
    }

    /**
     * Writes the report to a file, replacing it.
     *
     * @throws EntenteException naming the file when it cannot be written
     */
    public void write(Path file) {
        try {
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EntenteException("Cannot write the report to " + file + ": " + e.getMessage(), e);
        }
    }

    /** The scope of a report; each setter returns this builder. Not thread-safe. */
    public static final class Builder {
        private final KnowledgeGraph graph;
        private final Map<String, String> scope = new TreeMap<>();

        private Builder(KnowledgeGraph graph) {
            this.graph = Objects.requireNonNull(graph, "graph");
        }

        /** Only the relations this state (an IRI) takes part in (default: every state's). */
        public Builder state(String iri) {
            return put("state", iri);
        }

        /** Only what happened from this date on: YYYY, YYYY-MM or YYYY-MM-DD (default: no start). */
        public Builder from(String date) {
            return put("from", date);
        }

        /** Only what happened up to this date: YYYY, YYYY-MM or YYYY-MM-DD (default: no end). */
        public Builder to(String date) {
            return put("to", date);
        }

        private Builder put(String name, String value) {
            if (value == null || value.isBlank()) scope.remove(name);
            else scope.put(name, value.trim());
            return this;
        }

        /**
         * Asks the questions and assembles the file.
         *
         * @throws org.entente.UsageException when the state is no IRI or a date no ISO date
         */
        public Report build() {
            ExplorerQuestions questions = new ExplorerQuestions(graph);
            Crawl crawl = new Crawl(questions);
            questions.parameters("relations", scope);          // a bad scope fails before any work
            ResultSetRewindable relations = crawl.ask("relations", scope);
            TreeSet<String> states = new TreeSet<>(values(relations, "source"));
            states.addAll(values(relations, "target"));
            if (scope.containsKey("state")) states.add(scope.get("state"));
            // Each drawn state's timeline in the range (the page asks it), and the timelines that hold every claim
            // of those events: the same answers when there is no range, else asked again without it.
            TreeSet<String> events = new TreeSet<>();
            List<ResultSetRewindable> lives = new ArrayList<>();
            boolean ranged = scope.containsKey("from") || scope.containsKey("to");
            for (String state : states) {
                Map<String, String> p = new TreeMap<>(scope);
                p.put("state", state);
                ResultSetRewindable inRange = crawl.ask("timeline", p);
                events.addAll(values(inRange, "event"));
                lives.add(ranged ? questions.ask("timeline", questions.parameters("timeline", Map.of("state", state))) : inRange);
            }
            // An event's whole timeline is its rows in a state's timeline: ?state keeps events, not claims.
            Map<String, List<Binding>> life = crawl.split("timeline", events, lives);
            if (scope.isEmpty()) {
                // The whole store: every event's disagreements in one answer (under 1 s on the demo store, against
                // 0.15 to 0.4 s per event), split by its event column.
                ResultSetRewindable all = questions.ask("disagreements", Map.of());
                crawl.split("disagreements", events, List.of(all));
            }
            for (String event : events) {
                Map<String, String> p = Map.of("event", event);
                crawl.ask("sources", p);      // no event column to split by
                if (scope.isEmpty()) continue;
                // Documents disagree only where two or more report the event (one claim per document and event).
                if (documents(life.getOrDefault(event, List.of())) > 1) crawl.ask("disagreements", p);
                else crawl.put("disagreements", p, List.of());
            }
            String html = inline(ExplorerAssets.load(), title(relations), data(crawl.answers));
            return new Report(html, states.size(), events.size());
        }

        private String title(ResultSetRewindable relations) {
            List<String> parts = new ArrayList<>();
            if (scope.containsKey("state")) parts.add(label(relations, scope.get("state")));
            if (scope.containsKey("from") || scope.containsKey("to")) {
                parts.add(scope.getOrDefault("from", "…") + " to " + scope.getOrDefault("to", "…"));
            }
            return "Entente report" + (parts.isEmpty() ? "" : " — " + String.join(", ", parts));
        }

        private String data(Map<String, String> answers) {
            StringBuilder b = new StringBuilder("{\"scope\":{");
            String sep = "";
            for (Map.Entry<String, String> s : scope.entrySet()) {
                b.append(sep).append(UiPages.jsString(s.getKey())).append(':').append(UiPages.jsString(s.getValue()));
                sep = ",";
            }
            b.append("},\"answers\":{");
            sep = "";
            for (Map.Entry<String, String> a : answers.entrySet()) {
                b.append(sep).append(UiPages.jsString(a.getKey())).append(':').append(a.getValue());
                sep = ",";
            }
            // '<' occurs only inside JSON strings, where \u003c means the same: no "</script>" in a quote ends the block.
            return b.append("}}").toString().replace("<", "\\u003c");
        }
    }

    /** The answers asked so far, by the key the page looks them up with. */
    private static final class Crawl {
        private final ExplorerQuestions questions;
        private final Map<String, String> answers = new LinkedHashMap<>();

        Crawl(ExplorerQuestions questions) {
            this.questions = questions;
        }

        /**
         * Answers a question for each event from answers that hold all of that event's rows: the rows whose
         * {@code event} is that event, from the first answer that has any, in its order — the same rows the question
         * gives with {@code ?event} bound (ReportTest checks it). Returns the rows by event.
         */
        Map<String, List<Binding>> split(String name, Collection<String> events, List<ResultSetRewindable> sources) {
            Var event = Var.alloc("event");
            Map<String, List<Binding>> byEvent = new HashMap<>();
            for (ResultSetRewindable rows : sources) {
                Map<String, List<Binding>> here = new HashMap<>();
                rows.reset();
                while (rows.hasNext()) {
                    Binding row = rows.nextBinding();
                    Node e = row.get(event);
                    if (e != null && e.isURI()) here.computeIfAbsent(e.getURI(), k -> new ArrayList<>()).add(row);
                }
                rows.reset();
                here.forEach(byEvent::putIfAbsent);
            }
            for (String e : events) put(name, Map.of("event", e), byEvent.getOrDefault(e, List.of()));
            return byEvent;
        }

        /** Embeds rows as the answer of a question asked with these parameters. */
        void put(String name, Map<String, String> parameters, List<Binding> rows) {
            List<Var> vars = Var.varList(questions.columns(name));
            ResultSetRewindable set = ResultSetFactory.copyResults(ResultSet.adapt(RowSetStream.create(vars, rows.iterator())));
            answers.put(key(name, parameters), ExplorerQuestions.json(set));
        }

        ResultSetRewindable ask(String name, Map<String, String> parameters) {
            ResultSetRewindable rows = questions.ask(name, questions.parameters(name, parameters));
            answers.put(key(name, parameters), ExplorerQuestions.json(rows));
            rows.reset();
            return rows;
        }
    }

    /**
     * The key of an answer: the question's name, then one {@code name=value} line per non-blank
     * parameter in name order. explore.js builds the same key ({@code answerKey}).
     */
    static String key(String name, Map<String, String> parameters) {
        StringBuilder b = new StringBuilder(name);
        new TreeMap<>(parameters).forEach((k, v) -> {
            if (v != null && !v.isBlank()) b.append('\n').append(k).append('=').append(v.trim());
        });
        return b.toString();
    }

    private static long documents(List<Binding> claims) {
        Var document = Var.alloc("document");
        return claims.stream().map(b -> b.get(document)).filter(java.util.Objects::nonNull).distinct().count();
    }

    private static List<String> values(ResultSetRewindable rows, String column) {
        rows.reset();
        List<String> out = new ArrayList<>();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            RDFNode n = row.get(column);
            if (n != null && n.isURIResource()) out.add(n.asResource().getURI());
        }
        rows.reset();
        return out;
    }

    /** A state's label as the relations give it, else its IRI's last segment. */
    private static String label(ResultSetRewindable relations, String state) {
        relations.reset();
        String label = null;
        while (relations.hasNext() && label == null) {
            QuerySolution row = relations.next();
            for (String side : List.of("source", "target")) {
                RDFNode n = row.get(side);
                RDFNode l = row.get(side + "Label");
                if (label == null && n != null && n.isURIResource() && state.equals(n.asResource().getURI()) && l != null && l.isLiteral()) {
                    label = l.asLiteral().getLexicalForm();
                }
            }
        }
        relations.reset();
        return label != null ? label : state.substring(Math.max(state.lastIndexOf('/'), state.lastIndexOf('#')) + 1);
    }

    /**
     * The served page with its files inlined, the answers embedded before the scripts, and a content security
     * policy that allows exactly the two inlined scripts (by hash) and no connection.
     */
    static String inline(ExplorerAssets assets, String title, String data) {
        String page = ExplorerAssets.text(assets.page);
        String echarts = script(ExplorerAssets.text(assets.echarts));
        String script = script(ExplorerAssets.text(assets.script));
        String policy = "default-src 'none'; script-src 'sha256-" + SecurityHeaders.sha256(echarts) + "' 'sha256-"
                + SecurityHeaders.sha256(script) + "'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
        page = replace(page, "<meta charset=\"utf-8\">", "<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"" + policy + "\">");
        page = replace(page, "<title>Entente explorer</title>", "<title>" + escape(title) + "</title>");
        page = replace(page, ExplorerAssets.STYLE_LINK, "<style>\n" + ExplorerAssets.text(assets.style) + "</style>");
        // Replacements are literal: the inlined texts hold '$' and '\\', which a regex replacement would read.
        page = replace(page, ExplorerAssets.ECHARTS_TAG, "<script type=\"application/json\" id=\"" + DATA_ID + "\">" + data + "</script>\n"
                + "<script>" + echarts + "</script>");
        return replace(page, ExplorerAssets.SCRIPT_TAG, "<script>" + script + "</script>");
    }

    /** A script's text made safe to inline: "</script" only occurs in its strings and regular expressions, where "<\\/" means the same. */
    private static String script(String text) {
        return text.replaceAll("(?i)</(script)", "<\\\\/$1");
    }

    private static String replace(String page, String marker, String with) {
        int at = page.indexOf(marker);
        if (at < 0) throw new IllegalStateException("explore.html has no line " + marker + ": the report cannot inline it");
        return page.substring(0, at) + with + page.substring(at + marker.length());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
