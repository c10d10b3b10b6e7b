package org.entente.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.entente.event.Event;
import org.entente.event.EventKind;
import org.entente.event.Factuality;
import org.entente.event.Stage;
import org.entente.event.StatementKind;
import org.entente.mention.Entity;
import org.entente.nlp.Sentence;

/**
 * The events of one document while it is read: readings of the same event (same kind and key
 * arguments) merge into one; a partial reading ("the tanks will arrive in May") joins the event it
 * continues. Part of the discourse component: readers reach it only through {@link Discourse}.
 */
final class Ledger {
    /** An event being assembled; mutable, and never seen outside this class. */
    private static final class Draft {
        final Reading first;
        Entity counterpart;
        final List<Entity> parties = new ArrayList<>(), signatories = new ArrayList<>();
        final List<Sentence> evidence = new ArrayList<>();
        Long troops;
        String date, targetText, targetKey;
        Stage stage, troopsStage;
        boolean weakStage;
        Factuality factuality, settled;
        Entity attributedTo;

        Draft(Reading r) {
            first = r;
            counterpart = r.counterpart();
            parties.addAll(r.parties());
            signatories.addAll(r.signatories());
            evidence.add(r.evidence());
            troops = r.troops();
            troopsStage = r.stage();
            date = r.date();
            targetText = r.targetText();
            targetKey = r.targetKey();
            stage = r.stage();
            weakStage = r.weakStage();
            factuality = r.factuality();
            attributedTo = r.attributedTo();
        }

        boolean headlineOnly() {
            return evidence.stream().allMatch(Sentence::headline);
        }
    }

    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final Map<EventKind, Draft> last = new EnumMap<>(EventKind.class);

    /**
     * Adds a reading: a complete one as an event of its own or into the same event read before; a partial one into the
     * latest event of its kind whose known arguments agree. Returns the key of the event it went to, or null.
     */
    String add(Reading r) {
        Draft d = complete(r) ? merge(r) : continued(r);
        if (d == null) return null;
        last.put(r.kind(), d);
        return d.first.key();
    }

    /** Removes a sentence's evidence; an event that only it supported goes, and is no longer the last of its kind. */
    void forget(Sentence s) {
        drafts.values().removeIf(d -> {
            d.evidence.remove(s);
            return d.evidence.isEmpty();
        });
        last.values().removeIf(d -> !drafts.containsValue(d));
    }

    /** The latest event of a kind, as first read (its identity), or null. */
    Reading last(EventKind kind) {
        Draft d = last.get(kind);
        return d == null ? null : d.first;
    }

    /** The latest deployment, transfer, training or signing: what "the report" or "the claims" point back to. */
    String lastFact() {
        Draft best = null;
        for (Draft d : drafts.values()) if (d.first.kind() != EventKind.STATEMENT && d.first.kind() != EventKind.TENURE) best = d;
        return best == null ? null : best.first.key();
    }

    /** A named speaker confirmed or denied the event: that outranks the hedges of other mentions. */
    void settle(String key, Factuality f, Sentence evidence) {
        Draft d = drafts.get(key);
        if (d == null) return;
        d.settled = f;
        if (!d.evidence.contains(evidence)) d.evidence.add(evidence);
    }

    /** Every event of a kind read so far, as first read. */
    List<Reading> all(EventKind kind) {
        List<Reading> out = new ArrayList<>();
        for (Draft d : drafts.values()) if (d.first.kind() == kind) out.add(d.first);
        return out;
    }

    /** The date an event was given, or null. */
    String date(String key) {
        Draft d = drafts.get(key);
        return d == null ? null : d.date;
    }

    private static boolean complete(Reading r) {
        return switch (r.kind()) {
            case DEPLOYMENT, TRAINING -> r.actor() != null && r.counterpart() != null && !r.actor().equals(r.counterpart());
            case ARMS_TRANSFER -> r.actor() != null && r.counterpart() != null && r.system() != null && !r.actor().equals(r.counterpart());
            case TREATY_SIGNING -> r.treaty() != null && !r.parties().isEmpty();
            case STATEMENT -> r.actor() != null && r.statementKind() != null;
            case TENURE -> r.actor() != null && r.counterpart() != null;
        };
    }

    private Draft merge(Reading r) {
        // A party's own official reporting the act ("Umerov said Ukraine had received …") announces it; it is not hearsay.
        Draft existing = drafts.get(r.key());
        if (existing == null) {
            Draft d = new Draft(r);
            drafts.put(r.key(), d);
            return d;
        }
        absorb(existing, r);
        return existing;
    }

    /** Takes in another mention of the same event. */
    private static void absorb(Draft d, Reading r) {
        // A headline compresses; the body's first telling of the fact says how sure it is.
        if (d.headlineOnly() && !r.evidence().headline()) {
            d.factuality = r.factuality();
            d.attributedTo = r.attributedTo();
        }
        if (!d.evidence.contains(r.evidence())) d.evidence.add(r.evidence());
        // A verb that moves the event on ("have arrived") advances its stage; a later noun does not.
        if (d.weakStage && !r.weakStage()) {
            d.stage = r.stage();
            d.weakStage = false;
        } else if (!r.weakStage() && r.stage().ordinal() > d.stage.ordinal()) {
            d.stage = r.stage();
        }
        // "400 officers landed …; Kenya has pledged 1,000 in all": the number that went counts over a number promised, and of
        // two at one stage the larger.
        if (r.troops() != null && (d.troops == null || r.stage().ordinal() > d.troopsStage.ordinal()
                || r.stage() == d.troopsStage && r.troops() > d.troops)) {
            d.troops = r.troops();
            d.troopsStage = r.stage();
        }
        if (d.attributedTo == null) d.attributedTo = r.attributedTo();
        d.date = refined(d.date, r.date());
        if (d.counterpart == null) d.counterpart = r.counterpart();
        for (Entity p : r.parties()) if (!d.parties.contains(p)) d.parties.add(p);
        for (Entity p : r.signatories()) if (!d.signatories.contains(p)) d.signatories.add(p);
        if (d.targetText == null) d.targetText = r.targetText();
        if (d.targetKey == null) d.targetKey = r.targetKey();
    }

    /** Files a partial reading into the event it continues; null when there is none. */
    private Draft continued(Reading r) {
        Draft best = null;
        for (Draft x : drafts.values()) {
            Reading f = x.first;
            if (f.kind() != r.kind()) continue;
            if (r.actor() != null && !r.actor().equals(f.actor())) continue;
            if (r.counterpart() != null && !r.counterpart().equals(x.counterpart)) continue;
            if (r.system() != null && !r.system().equals(f.system())) continue;
            if (r.personnel() != null && f.personnel() != null && !r.personnel().equals(f.personnel())) continue;
            best = x;
        }
        // Only a noun ("the deployment", "the transfer") may stand for the last event with no argument of its own.
        if (best == null && r.actor() == null && r.counterpart() == null && r.system() == null && r.weakStage()) best = last.get(r.kind());
        if (best == null) return null;
        if (!best.evidence.contains(r.evidence())) best.evidence.add(r.evidence());
        if (r.troops() != null && best.troops == null) {
            best.troops = r.troops();
            best.troopsStage = r.stage();
        }
        if (!r.weakStage() && r.stage().ordinal() > best.stage.ordinal()) best.stage = r.stage();
        best.date = refined(best.date, r.date());
        return best;
    }

    /** "the 2015 agreement … concluded on July 14, 2015": a later date inside an earlier one tells it more exactly. */
    private static String refined(String date, String later) {
        if (date == null) return later;
        return later != null && later.length() > date.length() && later.startsWith(date) ? later : date;
    }

    /**
     * The document's events, in order of first mention, with what only restates another left out.
     *
     * @param described treaties minted from a description ("a defence pact"), which a treaty the text names later with the
     *                  same parties replaces
     */
    List<Event> events(java.util.Set<org.apache.jena.graph.Node> described) {
        List<Event> out = new ArrayList<>();
        java.util.Set<Draft> replaced = new java.util.HashSet<>();
        for (Draft d : drafts.values()) {
            Draft named = d.first.kind() == EventKind.TREATY_SIGNING && described.contains(d.first.treaty().iri()) ? namedLater(d, described) : null;
            if (named == null) continue;
            replaced.add(d);
            if (named.date == null) named.date = d.date;
        }
        for (Draft d : drafts.values()) if (!replaced.contains(d) && !redundant(d)) out.add(build(d));
        return out;
    }

    /** The signing of a named treaty whose parties include a described one's and whose date does not disagree, or null. */
    private Draft namedLater(Draft d, java.util.Set<org.apache.jena.graph.Node> described) {
        for (Draft x : drafts.values()) {
            if (x != d && x.first.kind() == EventKind.TREATY_SIGNING && !described.contains(x.first.treaty().iri())
                    && x.parties.containsAll(d.parties) && (x.date == null || d.date == null || x.date.equals(d.date))) return x;
        }
        return null;
    }

    /**
     * "North Korea to send troops": a headline's wording of a deployment the body reports too restates it. "X warned …
     * and told reporters …": what a speaker plainly says in or right after a sharper statement elaborates it.
     */
    private boolean redundant(Draft d) {
        if (d.first.kind() == EventKind.STATEMENT) return elaborates(d);
        if (d.first.kind() == EventKind.ARMS_TRANSFER) return generalises(d);
        if (d.first.kind() != EventKind.DEPLOYMENT) return false;
        // "PNG has deployed 35 peacekeepers. … the PNG contingent arrived": forces named by no word of their own, and
        // not counted, are the ones already named.
        boolean unnamed = "troops".equals(d.first.personnel()) && d.troops == null;
        // "will deploy a THAAD battery and about 100 troops": weapons placed go with the people sent the same way.
        boolean platform = d.first.system() != null && d.troops == null;
        if (!d.headlineOnly() && !unnamed && !platform) return false;
        for (Draft x : drafts.values()) {
            if (x != d && x.first.kind() == EventKind.DEPLOYMENT && Objects.equals(x.first.actor(), d.first.actor())
                    && Objects.equals(x.counterpart, d.counterpart) && !x.headlineOnly()
                    && (d.headlineOnly() || platform && x.first.system() == null
                        || !"troops".equals(x.first.personnel()) && laterThan(d, x))) return true;
        }
        return false;
    }

    /** Whether every sentence of d comes after the first of x ("troops, and possibly pilots" name two groups at once). */
    private static boolean laterThan(Draft d, Draft x) {
        int first = x.evidence.get(0).index();
        return d.evidence.stream().allMatch(s -> s.index() > first);
    }

    /**
     * "South Korea is considering supplying arms to Ukraine" beside its K9 howitzers and K2 tanks: weapons named only by
     * their kind, between states whose transfer of named models the document reports, are those models again. ("Leopard
     * tanks and ammunition", "53 MRAP vehicles and 350 Humvees": another kind listed beside the models is more.)
     */
    private boolean generalises(Draft d) {
        Entity generic = d.first.system();
        if (!Systems.generic(generic)) return false;
        boolean named = false, listed = false;
        for (Draft x : drafts.values()) {
            if (x.first.kind() != EventKind.ARMS_TRANSFER || Systems.generic(x.first.system())
                    || !Objects.equals(x.first.actor(), d.first.actor()) || !Objects.equals(x.counterpart, d.counterpart)) continue;
            if (generic.category().equals(x.first.system().category())) return true;
            named = true;
            listed |= !Collections.disjoint(x.evidence, d.evidence);
        }
        return named && (Systems.broad(generic) || !listed);
    }

    /**
     * What a speaker plainly says beside a sharper statement in the same document (a warning, a denial, an estimate) is
     * part of it: one speaker, one row per kind of act, not one more for every "said".
     */
    private boolean elaborates(Draft d) {
        if (d.first.statementKind() != StatementKind.STATEMENT) return false;
        for (Draft x : drafts.values()) {
            if (x.first.kind() == EventKind.STATEMENT && x.first.statementKind() != StatementKind.STATEMENT
                    && x.first.actor().equals(d.first.actor())) return true;
        }
        return false;
    }

    private Event build(Draft d) {
        Reading r = d.first;
        Factuality f = d.settled != null ? d.settled : d.factuality;
        Draft target = d.targetKey == null ? null : drafts.get(d.targetKey);
        Event t = target == null || target == d ? null : build(target);
        StatementKind kind = r.statementKind();
        return new Event(r.kind(), r.actor(), d.counterpart, r.system(), r.treaty(), d.parties, d.signatories, r.personnel(),
                d.troops, d.date, d.stage, f, d.attributedTo, kind, d.targetText, t, r.role(), r.key(), d.evidence);
    }
}
