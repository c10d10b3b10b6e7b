package org.entente.rdf;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.entente.document.Document;
import org.entente.event.Event;
import org.entente.event.EventKind;
import org.entente.event.Factuality;
import org.entente.mention.Entity;
import org.entente.mention.EntityType;
import org.entente.nlp.Sentence;
import org.entente.vocab.Iris;
import org.entente.vocab.Vocab;

/**
 * Writes a document's events as RDF in the document's own graph: deterministic IRIs, every
 * fact tied to the sentences it was read from. Reference entities are linked, not described;
 * entities minted from text get a type and a label. Stateless and thread-safe.
 */
public final class Emitter {
    private Emitter() {}

    /**
     * @param doc       the document as read
     * @param hash      SHA-256 of the file's bytes, naming the graph
     * @param sourceKey the file path or URL the document came from
     * @param events    the events read from it
     */
    public static DocumentGraph emit(Document doc, String hash, String sourceKey, List<Event> events) {
        Graph g = GraphFactory.createDefaultGraph();
        Node docNode = Iris.document(hash);
        g.add(docNode, Vocab.TYPE, Vocab.DOCUMENT);
        g.add(docNode, Vocab.FILE_NAME, string(sourceKey));
        g.add(docNode, Vocab.CONTENT_HASH, string(hash));
        if (!doc.title().isEmpty()) g.add(docNode, Vocab.TITLE, string(doc.title()));
        if (doc.published() != null) g.add(docNode, Vocab.PUBLISHED, date(doc.published()));
        if (doc.source() != null) g.add(docNode, Vocab.SOURCE_URL, NodeFactory.createLiteralDT(doc.source(), XSDDatatype.XSDanyURI));
        Set<String> emitted = new HashSet<>();
        for (Event e : events) emitted.add(e.key());
        for (Event e : events) event(g, doc, docNode, hash, e, emitted);
        return new DocumentGraph(docNode, g, sourceKey);
    }

    /**
     * The IRI of an event: its kind and a hash of its key, the same in every document that reports a fact. A statement
     * is an act of one document's speaker, so two documents never share one: its IRI also hashes the document's.
     */
    private static Node iri(Event e, String docHash) {
        return Iris.event(slug(e.kind()), e.kind() == EventKind.STATEMENT ? docHash + "|" + e.key() : e.key());
    }

    /**
     * An event is written as two nodes. The event node holds only what identifies it (its kind, its key participants)
     * and a label, and is the same in every document that reports it. The claim node is this document's account of it:
     * stage, factuality, numbers, dates, attribution and evidence. So documents that disagree keep their own values,
     * and replacing or removing a document replaces or removes its claims only.
     */
    private static void event(Graph g, Document d, Node doc, String docHash, Event e, Set<String> emitted) {
        Node n = iri(e, docHash);
        g.add(n, Vocab.TYPE, type(e.kind()));
        g.add(n, Vocab.LABEL, string(label(e)));
        Node claim = Iris.claim(doc, n);
        g.add(claim, Vocab.TYPE, Vocab.CLAIM);
        g.add(claim, Vocab.CLAIM_OF, n);
        for (Sentence s : e.evidence()) g.add(claim, Vocab.DERIVED_FROM, sentence(g, doc, s));
        switch (e.kind()) {
            case DEPLOYMENT -> {
                link(g, n, Vocab.SENDER, e.actor());
                link(g, n, Vocab.HOST, e.counterpart());
                if (e.personnel() != null) g.add(n, Vocab.PERSONNEL, string(e.personnel()));
                if (e.troops() != null) g.add(claim, Vocab.TROOP_COUNT, integer(e.troops()));
            }
            case ARMS_TRANSFER -> {
                link(g, n, Vocab.SUPPLIER, e.actor());
                link(g, n, Vocab.RECIPIENT, e.counterpart());
                link(g, n, Vocab.SYSTEM, e.system());
            }
            case TRAINING -> {
                link(g, n, Vocab.TRAINEE, e.actor());
                link(g, n, Vocab.HOST, e.counterpart());
            }
            case TREATY_SIGNING -> {
                link(g, n, Vocab.TREATY_PROP, e.treaty());
                for (Entity p : e.parties()) link(g, n, Vocab.PARTY, p);
                for (Entity p : e.signatories()) link(g, n, Vocab.SIGNATORY, p);
                if (e.date() != null) g.add(claim, Vocab.SIGNED_ON, date(e.date()));
                if (!e.treaty().known()) for (Entity p : e.parties()) g.add(e.treaty().iri(), Vocab.PARTY, p.iri());
            }
            case STATEMENT -> {
                link(g, n, Vocab.SPEAKER, e.actor());
                g.add(n, Vocab.STATEMENT_KIND, Vocab.id("statement-kind/" + e.statementKind().word()));
                if (e.target() != null && emitted.contains(e.target().key())) g.add(n, Vocab.TARGET, iri(e.target(), docHash));
                else if (e.counterpart() != null) link(g, n, Vocab.TARGET, e.counterpart());
                if (e.targetText() != null) g.add(n, Vocab.TARGET_TEXT, string(e.targetText()));
            }
            case TENURE -> {
                link(g, n, Vocab.HOLDER, e.actor());
                g.add(n, Vocab.ROLE_NAME, string(e.role()));
                boolean org = e.counterpart().type() == EntityType.ORGANIZATION;
                link(g, n, org ? Vocab.OF_ORGANIZATION : Vocab.OF_STATE, e.counterpart());
            }
        }
        if (e.kind() != EventKind.TENURE) {
            g.add(claim, Vocab.STAGE, Vocab.id("stage/" + e.stage().word()));
            g.add(claim, Vocab.FACTUALITY, Vocab.id("factuality/" + e.factuality().word()));
        }
        g.add(claim, Vocab.PRECEDENCE, string(precedence(d, docHash, e)));
        if (e.attributedTo() != null) link(g, claim, Vocab.ATTRIBUTED_TO, e.attributedTo());
        if (e.date() != null && e.kind() != EventKind.TREATY_SIGNING) g.add(claim, Vocab.DATE, date(e.date()));
    }

    /**
     * The claim's sort key among all claims about its event: the greatest speaks for the event in the contract
     * questions. The latest-published document first (a later report knows more), then the more certain factuality,
     * then the further stage, then the document's hash so that exactly one claim wins.
     */
    private static String precedence(Document d, String docHash, Event e) {
        String published = d.published() == null ? "0000" : d.published();
        int certainty = e.factuality() == null ? 0 : Factuality.values().length - e.factuality().ordinal();
        int stage = e.stage() == null ? 0 : e.stage().ordinal() + 1;
        return published + " " + certainty + stage + " " + docHash.substring(0, 16);
    }

    /** An English description of the event from its identifying participants, the same in every document. */
    private static String label(Event e) {
        return switch (e.kind()) {
            case DEPLOYMENT -> name(e.actor()) + " sends " + (e.personnel() == null ? "forces" : e.personnel()) + " to " + name(e.counterpart());
            case ARMS_TRANSFER -> name(e.actor()) + " supplies " + (e.system() == null ? "arms" : e.system().label()) + " to " + name(e.counterpart());
            case TRAINING -> "forces of " + name(e.actor()) + " trained by or in " + name(e.counterpart());
            case TREATY_SIGNING -> "the life of " + name(e.treaty());
            case STATEMENT -> name(e.actor()) + ": " + e.statementKind().word();
            case TENURE -> name(e.actor()) + " holds a post of " + name(e.counterpart());
        };
    }

    private static String name(Entity e) {
        return e == null ? "an unnamed party" : e.label();
    }

    private static Node sentence(Graph g, Node doc, Sentence s) {
        Node n = Iris.sentence(doc, s.begin(), s.end());
        g.add(n, Vocab.TYPE, Vocab.SENTENCE);
        g.add(n, Vocab.IN_DOCUMENT, doc);
        g.add(n, Vocab.BEGIN_OFFSET, integer(s.begin()));
        g.add(n, Vocab.END_OFFSET, integer(s.end()));
        g.add(n, Vocab.EXACT, string(s.text()));
        return n;
    }

    /** Links an entity; one minted from text is described here, a reference one is only named. */
    private static void link(Graph g, Node subject, Node property, Entity e) {
        if (e == null) return;
        g.add(subject, property, e.iri());
        if (e.known()) return;
        g.add(e.iri(), Vocab.TYPE, entityClass(e.type()));
        g.add(e.iri(), Vocab.LABEL, string(e.label()));
        if (e.type() == EntityType.WEAPON && e.category() != null) g.add(e.iri(), Vocab.CATEGORY, e.category());
        if (e.type() == EntityType.PERSON && e.state() != null) g.add(e.iri(), Vocab.ent("citizenOf"), e.state());
    }

    private static Node entityClass(EntityType t) {
        return switch (t) {
            case STATE -> Vocab.STATE;
            case ORGANIZATION -> Vocab.INTERNATIONAL_ORGANIZATION;
            case PERSON -> Vocab.PERSON;
            case AGENCY -> Vocab.GOVERNMENT_AGENCY;
            case ARMED_FORCE -> Vocab.ARMED_FORCE;
            case UNIT -> Vocab.MILITARY_UNIT;
            case WEAPON -> Vocab.WEAPON_SYSTEM_MODEL;
            case TREATY -> Vocab.TREATY;
            case CONFLICT -> Vocab.CONFLICT;
            case POST -> Vocab.POST;
            case WEAPON_CATEGORY -> Vocab.WEAPON_CATEGORY;
        };
    }

    private static Node type(EventKind k) {
        return switch (k) {
            case DEPLOYMENT -> Vocab.DEPLOYMENT;
            case ARMS_TRANSFER -> Vocab.ARMS_TRANSFER;
            case TRAINING -> Vocab.TRAINING;
            case TREATY_SIGNING -> Vocab.TREATY_SIGNING;
            case STATEMENT -> Vocab.STATEMENT;
            case TENURE -> Vocab.TENURE;
        };
    }

    private static String slug(EventKind k) {
        return switch (k) {
            case DEPLOYMENT -> "deployment";
            case ARMS_TRANSFER -> "arms-transfer";
            case TRAINING -> "training";
            case TREATY_SIGNING -> "treaty-signing";
            case STATEMENT -> "statement";
            case TENURE -> "post-holding";
        };
    }

    static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    static Node integer(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger);
    }

    /** An ISO date as xsd:date, xsd:gYearMonth or xsd:gYear by its precision. */
    public static Node date(String iso) {
        XSDDatatype type = iso.length() == 10 ? XSDDatatype.XSDdate : iso.length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDgYear;
        return NodeFactory.createLiteralDT(iso, type);
    }
}
