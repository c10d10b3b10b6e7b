package org.entente.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.entente.mention.Entity;
import org.entente.mention.EntityType;
import org.entente.mention.Mention;
import org.entente.mention.Official;
import org.entente.mention.ReferenceIndex;
import org.entente.mention.SentenceMentions;
import org.entente.nlp.Sentence;
import org.entente.nlp.Token;

/**
 * Reads the events of one document from its sentences and mentions: deployments, arms
 * transfers, training, treaty signings, statements and post-holdings, each with stage,
 * factuality, attribution and evidence. Mentions of one event in several sentences merge into
 * one event; "the deployment" or "the troops" refer back to the event already read.
 * Thread-safe: one call holds all its state.
 */
public final class EventReader {
    private final ReferenceIndex index;

    public EventReader(ReferenceIndex index) {
        this.index = index;
    }

    /**
     * Whether a sentence, given its lower-cased tokens, may carry an event: it holds a trigger
     * word. Only such sentences are tagged and read for events.
     */
    public static boolean mayCarryEvent(List<String> lowerTokens) {
        for (String w : lowerTokens) {
            String lemma = org.entente.nlp.Lemmas.lemma(w);
            if (Lexicon.DEPLOY.contains(lemma) || Lexicon.ARRIVE.contains(lemma) || Lexicon.DEPLOY_NOUNS.contains(w)
                    || Lexicon.SUPPLY.contains(lemma) || Lexicon.RECEIVE.contains(lemma) || Lexicon.SUPPLY_NOUNS.contains(w)
                    || Lexicon.TRAIN.contains(lemma) || Lexicon.TRAIN_NOUNS.contains(w) || Lexicon.SIGN.contains(lemma)
                    || Lexicon.SIGN_NOUNS.contains(w) || Lexicon.STATEMENT_VERBS.containsKey(lemma) || Lexicon.CALL.contains(lemma)
                    || Lexicon.EXPRESS.contains(lemma)) return true;
        }
        return false;
    }

    /** The events of a document, in order of first mention. */
    public List<Event> read(List<SentenceMentions> sentences, LocalDate docDate) {
        return new Reading(index, docDate).run(sentences);
    }

    /** One document's reading: its drafts and what earlier sentences established. */
    private static final class Reading {
        final ReferenceIndex index;
        final LocalDate docDate;
        final Map<String, Draft> drafts = new LinkedHashMap<>();
        final Map<Node, Node> officialStates = new java.util.HashMap<>();
        Draft lastDeployment, lastTransfer, lastTraining, lastSigning;
        Clauses.Actor lastSubject;
        int lastSubjectBlock = -1;

        Reading(ReferenceIndex index, LocalDate docDate) {
            this.index = index;
            this.docDate = docDate;
        }

        List<Event> run(List<SentenceMentions> sentences) {
            for (SentenceMentions sm : sentences) {
                for (Official o : sm.officials()) tenure(sm.sentence(), o);
                if (sm.sentence().tokens().isEmpty() || sm.sentence().token(0).tag().isEmpty()) continue;
                new SentenceReading(this, sm).run();
            }
            List<Event> out = new ArrayList<>();
            for (Draft d : drafts.values()) if (complete(d) && !redundant(d)) out.add(d.build());
            return out;
        }

        /** "voiced concerns, warning that ...": a plain statement adds nothing beside a sharper one by the same speaker in the same sentence. */
        private boolean redundant(Draft d) {
            if (d.kind != EventKind.STATEMENT || d.statementKind != StatementKind.STATEMENT) return false;
            for (Draft x : drafts.values()) {
                if (x != d && x.kind == EventKind.STATEMENT && x.statementKind != StatementKind.STATEMENT && d.actor.equals(x.actor)
                        && x.evidence.stream().anyMatch(d.evidence::contains)) return true;
            }
            return false;
        }

        private void tenure(Sentence s, Official o) {
            Draft d = new Draft(EventKind.TENURE);
            d.actor = o.person();
            Entity owner = index.entity(o.owner());
            d.counterpart = owner != null ? owner : new Entity(o.owner(), EntityType.STATE, o.owner().getLocalName(), null, null, false);
            d.role = o.role();
            d.addEvidence(s);
            officialStates.put(o.person().iri(), o.owner());
            add(d);
        }

        boolean complete(Draft d) {
            return switch (d.kind) {
                case DEPLOYMENT, TRAINING -> d.actor != null && d.counterpart != null && !d.actor.equals(d.counterpart);
                case ARMS_TRANSFER -> d.actor != null && d.counterpart != null && d.system != null && !d.actor.equals(d.counterpart);
                case TREATY_SIGNING -> d.treaty != null && !d.parties.isEmpty();
                case STATEMENT -> d.actor != null && d.statementKind != null;
                case TENURE -> d.actor != null && d.counterpart != null;
            };
        }

        /** Adds a draft, or merges it into the draft of the same event. */
        Draft add(Draft d) {
            Draft existing = drafts.get(d.key());
            if (existing != null) {
                existing.absorb(d);
                return existing;
            }
            drafts.put(d.key(), d);
            return d;
        }

        /** The state a person speaks for, from the posts the text gave them or their reference state. */
        Entity stateOf(Entity e) {
            if (e == null) return null;
            if (e.type() == EntityType.STATE || e.type() == EntityType.ORGANIZATION) return e;
            Node s = officialStates.get(e.iri());
            if (s == null) s = e.state();
            return s == null ? null : index.entity(s);
        }
    }

    /** Reading one sentence. */
    private static final class SentenceReading {
        final Reading r;
        final SentenceMentions sm;
        final Sentence s;
        final Clauses c;

        SentenceReading(Reading r, SentenceMentions sm) {
            this.r = r;
            this.sm = sm;
            this.s = sm.sentence();
            this.c = new Clauses(sm);
        }

        void run() {
            for (int t = 0; t < c.size(); t++) {
                if (c.mentionAt(t) != null && c.mentionAt(t).kind() == Mention.Kind.ENTITY) continue;
                Token tok = c.token(t);
                String lemma = tok.lemma();
                boolean nominal = nominal(t);
                if (!nominal && (Lexicon.DEPLOY.contains(lemma) || Lexicon.ARRIVE.contains(lemma))) deployOrSupply(t);
                else if (!nominal && Lexicon.SUPPLY.contains(lemma)) supply(t, false);
                else if (!nominal && Lexicon.RECEIVE.contains(lemma)) supply(t, true);
                else if (nominal && Lexicon.DEPLOY_NOUNS.contains(tok.lower())) deploymentNoun(t);
                else if (nominal && Lexicon.SUPPLY_NOUNS.contains(tok.lower())) supplyNoun(t);
                if (Lexicon.TRAIN.contains(lemma) || Lexicon.TRAIN_NOUNS.contains(tok.lower())) training(t, nominal || tok.lower().equals("training") && !verbalTraining(t));
                if (Lexicon.SIGN.contains(lemma) || Lexicon.SIGN_NOUNS.contains(tok.lower())) signing(t);
                if (!nominal) statement(t);
            }
        }

        /** A trigger used as a noun: after a determiner, a possessive or an adjective ("the deployment", "Germany's delivery"). */
        boolean nominal(int t) {
            Token tok = c.token(t);
            if (tok.tag().equals("NOUN") || tok.tag().equals("PROPN")) {
                if (Lexicon.DEPLOY_NOUNS.contains(tok.lower()) || Lexicon.SUPPLY_NOUNS.contains(tok.lower()) || Lexicon.TRAIN_NOUNS.contains(tok.lower())) return true;
            }
            String prev = c.lower(t - 1);
            return Set.of("the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "'s", "any", "further", "new", "planned").contains(prev);
        }

        boolean verbalTraining(int t) {
            String prev = c.lower(t - 1);
            return Set.of("is", "are", "was", "were", "been", "be", "'re", "'s", "begun", "began", "start", "started", "continue", "continued").contains(prev)
                    && !c.lower(t + 1).equals("of");
        }

        // ---- deployments -------------------------------------------------------------

        void deployOrSupply(int t) {
            int start = c.clauseStart(t), end = c.clauseEnd(t);
            boolean passive = passive(t) || Lexicon.ARRIVE.contains(c.token(t).lemma());
            Clauses.Personnel p = passive ? c.personnel(start, t) : c.personnel(t + 1, end);
            if (p == null && passive) p = c.personnel(t + 1, end);
            if (p == null) {
                if (Lexicon.SUPPLY.contains(c.token(t).lemma())) supply(t, false);
                return;
            }
            Draft d = new Draft(EventKind.DEPLOYMENT);
            d.personnel = p.noun();
            d.troops = p.count();
            Clauses.Actor subject = passive ? null : c.subject(t, start);
            Entity sender = subject != null ? r.stateOf(subject.entity()) : null;
            if (sender == null && passive) sender = agent(t, end);
            if (sender == null) sender = p.nationality();
            Entity host = host(t, end);
            if (host == null && passive) host = host(p.last() - 1, end);
            boolean inherited = false;
            if (sender == null) {
                sender = inheritedSubject();
                inherited = sender != null;
            }
            d.actor = sender;
            d.counterpart = host;
            modality(d, t, start);
            if (inherited && !hasOwnCue(t)) inheritFactuality(d);
            if (subject != null) remember(subject);
            d.addEvidence(s);
            r.lastDeployment = place(d, r.lastDeployment);
        }

        /** A deployment referred to as a noun: "the deployment of North Korean forces", "Russia's deployment to Belarus". */
        void deploymentNoun(int t) {
            int end = c.clauseEnd(t);
            Clauses.Personnel p = c.lower(t + 1).equals("of") ? c.personnel(t + 2, Math.min(end, t + 9)) : null;
            Draft d = new Draft(EventKind.DEPLOYMENT);
            d.personnel = p != null ? p.noun() : null;
            d.troops = p != null ? p.count() : null;
            Entity sender = possessor(t);
            if (sender == null && p != null) sender = p.nationality();
            d.actor = sender;
            d.counterpart = host(t, end);
            modality(d, t, c.clauseStart(t));
            d.addEvidence(s);
            Draft placed = place(d, r.lastDeployment);
            if (placed != null) r.lastDeployment = placed;
        }

        /** Files a draft: a whole one on its own, a partial one into the event it continues. */
        Draft place(Draft d, Draft last) {
            if (d.kind == EventKind.DEPLOYMENT && d.personnel == null) d.personnel = last != null ? last.personnel : "troops";
            if (r.complete(d)) return r.add(d);
            Draft antecedent = antecedent(d, last);
            if (antecedent == null) return null;
            for (Sentence e : d.evidence) antecedent.addEvidence(e);
            if (d.troops != null && antecedent.troops == null) antecedent.troops = d.troops;
            return antecedent;
        }

        /** The event a partial mention continues: the latest one of its kind whose known arguments agree. */
        Draft antecedent(Draft d, Draft last) {
            Draft best = null;
            for (Draft x : r.drafts.values()) {
                if (x.kind != d.kind || !r.complete(x)) continue;
                if (d.actor != null && !d.actor.equals(x.actor)) continue;
                if (d.counterpart != null && !d.counterpart.equals(x.counterpart)) continue;
                if (d.kind == EventKind.ARMS_TRANSFER && d.system != null && !d.system.equals(x.system)) continue;
                best = x;
            }
            if (best == null && last != null && d.actor == null && d.counterpart == null) best = last;
            return best;
        }

        boolean passive(int t) {
            if (!c.past(t)) return false;
            for (int k = t - 1; k >= Math.max(0, t - 3); k--) {
                String w = c.lower(k);
                if (Set.of("is", "are", "was", "were", "been", "be", "being").contains(w)) return true;
                if (!(c.token(k).tag().equals("ADV") || w.equals("not") || w.equals("reportedly") || w.equals("also"))) break;
            }
            // "a treaty signed in June", "troops deployed to Russia": a participle right after its noun.
            return t > 0 && (c.token(t - 1).tag().equals("NOUN") || c.token(t - 1).tag().equals("PROPN")) && !c.token(t).tag().equals("") && subjectlessParticiple(t);
        }

        private boolean subjectlessParticiple(int t) {
            Clauses.Actor a = c.subject(t, c.clauseStart(t));
            return a == null || a.last() < t - 1;
        }

        /** "by Moscow". */
        Entity agent(int t, int end) {
            Clauses.Actor a = c.afterWord(t + 1, end, Set.of("by"), false);
            return a == null ? null : r.stateOf(a.entity());
        }

        /** Where forces go: "to X", "into X", "in X", "to support X". */
        Entity host(int t, int end) {
            Clauses.Actor a = c.afterWord(t + 1, end, Lexicon.DESTINATION, false);
            if (a == null) a = c.afterWord(t + 1, end, Lexicon.LOCATION, false);
            if (a == null) a = c.afterWord(t + 1, end, Lexicon.HELP, true);
            return a == null ? null : r.stateOf(a.entity());
        }

        /** "Germany's delivery", "Russia's deployment". */
        Entity possessor(int t) {
            int k = t - 1;
            while (k >= 0 && (c.token(k).tag().equals("ADJ") || c.lower(k).equals("planned") || c.lower(k).equals("military"))) k--;
            if (k < 1 || !c.lower(k).equals("'s")) return null;
            Clauses.Actor a = c.actorAt(c.mentionAt(k - 1));
            if (a == null && c.mentionAt(k - 1) != null && c.mentionAt(k - 1).entity() != null) {
                return r.stateOf(c.mentionAt(k - 1).entity());
            }
            return a == null ? null : r.stateOf(a.entity());
        }

        Entity inheritedSubject() {
            return r.lastSubject != null && r.lastSubjectBlock == s.block() ? r.stateOf(r.lastSubject.entity()) : null;
        }

        void remember(Clauses.Actor a) {
            r.lastSubject = a;
            r.lastSubjectBlock = s.block();
        }

        // ---- arms transfers ------------------------------------------------------------

        void supply(int t, boolean receive) {
            int start = c.clauseStart(t), end = c.clauseEnd(t);
            List<Entity> systems = c.weapons(t + 1, end);
            boolean passive = passive(t);
            if (systems.isEmpty() && passive) systems = c.weapons(start, t);
            if (systems.isEmpty()) return;
            Clauses.Actor subject = passive ? null : c.subject(t, start);
            Entity supplier, recipient;
            if (receive) {
                recipient = subject != null ? r.stateOf(subject.entity()) : null;
                Clauses.Actor from = c.afterWord(t + 1, end, Set.of("from"), false);
                supplier = from != null ? r.stateOf(from.entity()) : null;
            } else {
                supplier = subject != null ? r.stateOf(subject.entity()) : passive ? agent(t, end) : null;
                recipient = recipient(t, end);
            }
            boolean inherited = false;
            if (supplier == null && !receive) {
                supplier = inheritedSubject();
                inherited = supplier != null;
            }
            if (recipient == null) recipient = recipientElsewhere(t);
            if (subject != null) remember(subject);
            for (Entity system : systems) {
                Draft d = new Draft(EventKind.ARMS_TRANSFER);
                d.actor = supplier;
                d.counterpart = recipient;
                d.system = system;
                modality(d, t, start);
                if (inherited && !hasOwnCue(t)) inheritFactuality(d);
                d.addEvidence(s);
                Draft placed = place(d, r.lastTransfer);
                if (placed != null) r.lastTransfer = placed;
            }
        }

        /** "to Ukraine", or "supply Ukraine with ...". */
        Entity recipient(int t, int end) {
            Clauses.Actor a = c.afterWord(t + 1, end, Lexicon.DESTINATION, false);
            if (a == null) {
                Clauses.Actor direct = c.actorAt(c.mentionAt(t + 1));
                if (direct == null && c.lower(t + 1).equals("the")) direct = c.actorAt(c.mentionAt(t + 2));
                if (direct != null && (c.lower(direct.last()).equals("with") || c.weapons(direct.last(), end).size() > 0 && !c.lower(direct.last()).equals("'s"))) a = direct;
            }
            return a == null ? null : r.stateOf(a.entity());
        }

        /** The recipient another supply verb of the same sentence names: "refrained from supplying weapons to Ukraine, ... consider providing K9s". */
        Entity recipientElsewhere(int t) {
            for (int k = 0; k < c.size(); k++) {
                if (k == t || !(Lexicon.SUPPLY.contains(c.token(k).lemma()) || Lexicon.SUPPLY_NOUNS.contains(c.lower(k)))) continue;
                Entity e = recipient(k, c.clauseEnd(k));
                if (e != null) return e;
            }
            return null;
        }

        /** "Germany's delivery of IRIS-T systems to Ukraine", "deliveries of F-16s to Ukraine". */
        void supplyNoun(int t) {
            int end = c.clauseEnd(t);
            List<Entity> systems = c.weapons(t + 1, end);
            if (systems.isEmpty()) return;
            Entity supplier = possessor(t);
            if (supplier == null) {
                Clauses.Actor by = c.afterWord(t + 1, end, Set.of("by", "from"), false);
                if (by != null) supplier = r.stateOf(by.entity());
            }
            Entity recipient = recipient(t, end);
            for (Entity system : systems) {
                Draft d = new Draft(EventKind.ARMS_TRANSFER);
                d.actor = supplier;
                d.counterpart = recipient;
                d.system = system;
                modality(d, t, c.clauseStart(t));
                d.addEvidence(s);
                Draft placed = place(d, r.lastTransfer);
                if (placed != null) r.lastTransfer = placed;
            }
        }

        // ---- training --------------------------------------------------------------------

        void training(int t, boolean nominal) {
            int start = c.clauseStart(t), end = c.clauseEnd(t);
            Clauses.Personnel p = c.personnel(start, end);
            Entity trainee = null, host = null;
            Clauses.Actor subject = c.subject(t, start);
            if (nominal || passive(t)) {
                trainee = p != null ? p.nationality() : null;
                if (trainee == null && subject != null && p == null) trainee = r.stateOf(subject.entity());
                if (trainee == null && subject != null && p != null && p.nationality() == null) trainee = r.stateOf(subject.entity());
                Entity where = host(start > 0 ? start - 1 : -1, end);
                if (where == null) {
                    Clauses.Actor by = c.afterWord(t + 1, end, Set.of("by"), false);
                    where = by != null ? r.stateOf(by.entity()) : null;
                }
                host = where;
            } else {
                // "Britain trains Ukrainian troops": the subject trains, the object's nationality is trained.
                host = subject != null ? r.stateOf(subject.entity()) : null;
                Clauses.Personnel object = c.personnel(t + 1, end);
                trainee = object != null ? object.nationality() : null;
                if (trainee == null) {
                    Clauses.Actor direct = c.actorAt(c.mentionAt(t + 1));
                    trainee = direct != null ? r.stateOf(direct.entity()) : null;
                }
                if (host == null) host = hostIn(t, end);
            }
            Draft d = new Draft(EventKind.TRAINING);
            d.actor = trainee;
            d.counterpart = host;
            modality(d, t, start);
            if (nominal && d.stage == Stage.COMPLETED && !c.past(t)) d.stage = Stage.ONGOING;
            d.addEvidence(s);
            Draft placed = place(d, r.lastTraining);
            if (placed != null) r.lastTraining = placed;
        }

        Entity hostIn(int t, int end) {
            Clauses.Actor a = c.afterWord(t + 1, end, Lexicon.LOCATION, false);
            return a == null ? null : r.stateOf(a.entity());
        }

        // ---- treaty signings -------------------------------------------------------------

        void signing(int t) {
            int start = c.clauseStart(t), end = c.clauseEnd(t);
            List<Entity> named = new ArrayList<>();
            boolean treatyNoun = false;
            for (int k = Math.max(0, t - 8); k < Math.min(c.size(), t + 10); k++) {
                Mention m = c.mentionAt(k);
                if (m != null && m.kind() == Mention.Kind.ENTITY && !m.candidates().isEmpty() && m.candidates().get(0).type() == EntityType.TREATY) {
                    for (Entity e : m.candidates()) if (!named.contains(e)) named.add(e);
                }
                if (Lexicon.TREATY_NOUNS.contains(c.token(k).lemma()) && securityNear(k)) treatyNoun = true;
            }
            if (named.isEmpty() && !treatyNoun) return;
            List<Entity> parties = new ArrayList<>();
            List<Entity> signatories = new ArrayList<>();
            for (Clauses.Actor a : c.subjects(t, start)) addParty(a.entity(), parties, signatories);
            partiesAfter(t, end, parties, signatories);
            String date = dateNear(t);
            Entity treaty = pickTreaty(named, parties, date);
            if (treaty == null && named.isEmpty() && parties.size() >= 2) treaty = unnamedTreaty(parties, date);
            if (treaty == null) return;
            ReferenceIndex.Treaty known = r.index.treaty(treaty.iri());
            if (parties.isEmpty() && known != null) {
                for (Node n : known.parties()) {
                    Entity e = r.index.entity(n);
                    if (e != null) parties.add(e);
                }
            }
            Draft d = new Draft(EventKind.TREATY_SIGNING);
            d.treaty = treaty;
            d.parties.addAll(parties);
            d.signatories.addAll(signatories);
            d.actor = parties.isEmpty() ? null : parties.get(0);
            d.date = date;
            modality(d, t, start);
            d.addEvidence(s);
            r.lastSigning = r.add(d);
        }

        private boolean securityNear(int k) {
            for (int j = Math.max(0, k - 4); j <= Math.min(c.size() - 1, k + 3); j++) {
                if (Lexicon.SECURITY_WORDS.contains(c.lower(j))) return true;
            }
            return c.lower(k).equals("treaty") || c.lower(k).equals("pact") || c.lower(k).equals("alliance");
        }

        private void addParty(Entity e, List<Entity> parties, List<Entity> signatories) {
            if (e.type() == EntityType.PERSON) {
                if (!signatories.contains(e)) signatories.add(e);
                e = r.stateOf(e);
            } else {
                e = r.stateOf(e);
            }
            if (e != null && !parties.contains(e)) parties.add(e);
        }

        /** "with X", "between X and Y". */
        private void partiesAfter(int t, int end, List<Entity> parties, List<Entity> signatories) {
            for (int k = t + 1; k < end; k++) {
                String w = c.lower(k);
                if (!w.equals("with") && !w.equals("between")) continue;
                for (int j = k + 1; j < end; j++) {
                    Mention m = c.mentionAt(j);
                    if (m == null) {
                        if (!(c.token(j).isCapitalized() || c.lower(j).equals("and") || c.lower(j).equals(",") || c.lower(j).equals("the") || c.token(j).tag().equals("ADJ") || c.token(j).tag().equals("NOUN") || c.token(j).tag().equals("PROPN"))) break;
                        continue;
                    }
                    if (m.kind() == Mention.Kind.ENTITY && m.entity() != null && m.entity().type().isActor()) addParty(m.entity(), parties, signatories);
                    j = m.last() - 1;
                }
                return;
            }
        }

        private String dateNear(int t) {
            Mention best = null;
            for (Mention m : sm.mentions()) {
                if (m.kind() != Mention.Kind.DATE) continue;
                if (best == null || Math.abs(m.first() - t) < Math.abs(best.first() - t)) best = m;
            }
            return best == null ? null : best.date();
        }

        private Entity pickTreaty(List<Entity> named, List<Entity> parties, String date) {
            List<Entity> fit = new ArrayList<>();
            for (Entity e : named) {
                ReferenceIndex.Treaty t = r.index.treaty(e.iri());
                if (t == null) continue;
                if (date != null && t.signed() != null && !t.signed().startsWith(date) && !date.startsWith(t.signed())) continue;
                if (!parties.stream().allMatch(p -> t.parties().contains(p.iri()))) continue;
                fit.add(e);
            }
            if (fit.size() == 1) return fit.get(0);
            if (named.size() == 1) return named.get(0);
            if (named.isEmpty() && parties.size() >= 2) {
                java.util.Set<Node> ps = new java.util.HashSet<>();
                parties.forEach(p -> ps.add(p.iri()));
                List<ReferenceIndex.Treaty> known = r.index.treatiesBetween(ps, date);
                if (known.size() == 1) return known.get(0).entity();
            }
            return null;
        }

        private Entity unnamedTreaty(List<Entity> parties, String date) {
            List<String> labels = parties.stream().map(Entity::label).sorted().toList();
            String label = String.join("–", labels) + " treaty" + (date != null ? " (" + date + ")" : "");
            return new Entity(org.entente.rdf.Iris.entity("treaty", label), EntityType.TREATY, label, null, null, false);
        }

        // ---- statements ------------------------------------------------------------------

        void statement(int t) {
            String lemma = c.token(t).lemma();
            StatementKind kind = Lexicon.STATEMENT_VERBS.get(lemma);
            int targetFrom = t + 1;
            if (kind == null && Lexicon.CALL.contains(lemma) && (c.lower(t + 1).equals("on") || c.lower(t + 1).equals("for") || c.lower(t + 1).equals("upon"))) {
                kind = StatementKind.DEMAND;
                targetFrom = t + 2;
            }
            if (kind == null && Lexicon.EXPRESS.contains(lemma) && Lexicon.CONCERN_NOUNS.contains(c.lower(t + 1))) {
                kind = c.lower(t + 1).equals("support") || c.lower(t + 1).equals("solidarity") ? StatementKind.SUPPORT : StatementKind.STATEMENT;
            }
            if (kind == null) return;
            if (kind == StatementKind.DEMAND && lemma.equals("press") && !c.token(t).tag().equals("VERB")) return;
            if (kind == StatementKind.ESTIMATE && !c.lower(t + 1).equals("that") && c.mentionAt(t + 1) == null && !isNumberNext(t + 1)) return;
            if (c.lower(t - 1).equals("not") || c.lower(t - 2).equals("not")) return;
            int start = c.clauseStart(t), end = c.clauseEnd(t);
            if (kind == StatementKind.ESTIMATE || kind == StatementKind.CONFIRMATION || kind == StatementKind.DENIAL) end = sentenceOrSemicolon(t);
            Clauses.Actor speaker = c.subject(t, start);
            if (speaker == null) speaker = speakerAfter(t);
            if (speaker == null) return;
            Draft d = new Draft(EventKind.STATEMENT);
            d.actor = speakerEntity(speaker);
            d.statementKind = kind;
            d.targetText = targetText(targetFrom, end);
            d.target = targetEvent(targetFrom, end, kind, d.actor);
            if (d.target == null) d.counterpart = targetEntity(targetFrom, end, d.actor);
            d.stage = Stage.COMPLETED;
            d.factuality = Factuality.CONFIRMED;
            d.addEvidence(s);
            r.add(d);
            remember(speaker);
            if (d.target != null && (kind == StatementKind.CONFIRMATION || kind == StatementKind.DENIAL)) {
                d.target.settled = kind == StatementKind.CONFIRMATION ? Factuality.CONFIRMED : Factuality.DENIED;
                d.target.addEvidence(s);
            }
        }

        private boolean isNumberNext(int i) {
            Mention m = c.mentionAt(i);
            return m != null && m.kind() == Mention.Kind.NUMBER || c.lower(i).equals("around") || c.lower(i).equals("about");
        }

        private int sentenceOrSemicolon(int t) {
            for (int j = t + 1; j < c.size(); j++) if (c.lower(j).equals(";")) return j;
            return c.size();
        }

        /** "..., Putin warned." or "warned Putin": the speaker after the verb. */
        private Clauses.Actor speakerAfter(int t) {
            Clauses.Actor a = c.actorAt(c.mentionAt(t + 1));
            if (a != null && (t + 1 >= c.size() - 1 || c.lower(a.last()).equals(".") || c.lower(a.last()).equals(","))) return a;
            return null;
        }

        /** A demonym group ("Ukrainian officials") speaks for its state; a person or agency speaks for itself. */
        private Entity speakerEntity(Clauses.Actor a) {
            return a.group() ? r.stateOf(a.entity()) : a.entity();
        }

        private String targetText(int from, int end) {
            int f = from;
            while (f < end && (c.lower(f).equals("that") || c.lower(f).equals(",") || c.lower(f).equals("on"))) f++;
            int e = Math.min(end, f + 18);
            while (e > f && c.token(e - 1).isPunct()) e--;
            if (e <= f) return null;
            return s.text().substring(c.token(f).begin() - s.begin(), c.token(e - 1).end() - s.begin());
        }

        /** The event a statement is about: "the deployment", "the troops", or a fact it confirms or denies. */
        private Draft targetEvent(int from, int end, StatementKind kind, Entity speaker) {
            for (int k = from; k < Math.min(end, from + 6); k++) {
                String w = c.lower(k);
                if (Lexicon.DEPLOY_NOUNS.contains(w) || (w.equals("troops") && c.lower(k - 1).equals("the"))) return r.lastDeployment;
                if (Lexicon.SUPPLY_NOUNS.contains(w)) return r.lastTransfer;
                if (w.equals("treaty") || w.equals("pact")) return r.lastSigning;
                if (w.equals("training")) return r.lastTraining;
            }
            if (kind == StatementKind.CONFIRMATION || kind == StatementKind.DENIAL || kind == StatementKind.ACCUSATION) {
                Clauses.Personnel p = c.personnel(from, end);
                if (p != null && p.nationality() != null) {
                    Entity where = host(p.last() - 1, end);
                    if (where != null) {
                        Draft d = new Draft(EventKind.DEPLOYMENT);
                        d.actor = p.nationality();
                        d.counterpart = where;
                        d.personnel = p.noun();
                        d.troops = p.count();
                        d.factuality = kind == StatementKind.DENIAL ? Factuality.DENIED : kind == StatementKind.ACCUSATION ? Factuality.ALLEGED : Factuality.CONFIRMED;
                        d.addEvidence(s);
                        if (!d.actor.equals(d.counterpart)) return r.lastDeployment = r.add(d);
                    }
                }
            }
            return null;
        }

        private Entity targetEntity(int from, int end, Entity speaker) {
            for (int k = from; k < end; k++) {
                Mention m = c.mentionAt(k);
                if (m != null && m.kind() == Mention.Kind.ENTITY && m.entity() != null && !m.entity().equals(speaker)) {
                    Entity e = m.entity();
                    if (e.type().isActor() || e.type() == EntityType.WEAPON || e.type() == EntityType.TREATY || e.type() == EntityType.CONFLICT) return e;
                }
            }
            return null;
        }

        // ---- stage, factuality, attribution --------------------------------------------

        void modality(Draft d, int t, int start) {
            d.stage = stage(t, start);
            Factuality f = negated(t, start) ? Factuality.DENIED : Factuality.CONFIRMED;
            int frame = c.frameStart(t);
            for (int k = frame; k < t; k++) {
                String w = c.lower(k);
                String lemma = c.token(k).lemma();
                if (Lexicon.UNVERIFIED.contains(w)) f = f.doubt(Factuality.UNVERIFIED);
                else if (Lexicon.ALLEGE.contains(w) || (w.equals("have") && Lexicon.MODAL.contains(c.lower(k - 1)) && c.past(t))) f = f.doubt(Factuality.ALLEGED);
                else if (Lexicon.REPORT.contains(w) && !w.equals("intelligence") && !w.equals("media")) f = f.doubt(Factuality.REPORTED);
                else if ((lemma.equals("deny") || lemma.equals("dismiss") || lemma.equals("refute")) && c.mentionAt(k) == null) f = Factuality.DENIED;
            }
            for (Token tok : s.tokens()) if (Lexicon.UNVERIFIED.contains(tok.lower())) f = f.doubt(Factuality.UNVERIFIED);
            d.factuality = f;
            d.attributedTo = attribution(t, frame);
            d.date = d.date != null ? d.date : null;
        }

        boolean hasOwnCue(int t) {
            for (int k = 0; k < t; k++) {
                String w = c.lower(k);
                if (Lexicon.REPORT.contains(w) || Lexicon.ALLEGE.contains(w) || Lexicon.UNVERIFIED.contains(w)) return true;
            }
            return false;
        }

        /** A sentence that continues the one before without a subject of its own ("This policy shift could include sending ...") keeps its source's certainty. */
        void inheritFactuality(Draft d) {
            Draft last = null;
            for (Draft x : r.drafts.values()) if (x.evidence.stream().anyMatch(e -> e.block() == s.block() && e.index() < s.index())) last = x;
            if (last != null && last.kind != EventKind.STATEMENT && last.kind != EventKind.TENURE) d.factuality = d.factuality.doubt(last.factuality);
        }

        private Stage stage(int t, int start) {
            String form = c.lower(t);
            int from = Math.max(start, t - 5);
            Stage cue = null;
            boolean modal = false, perfect = false, progressive = false;
            for (int k = from; k < t; k++) {
                String w = c.lower(k);
                String lemma = c.token(k).lemma();
                if (Lexicon.CONSIDER.contains(lemma) && !w.equals("suggested") && !w.equals("suggests") && !w.equals("suggest")) cue = Stage.CONSIDERED;
                else if (Lexicon.PLAN.contains(lemma) || Lexicon.PLAN.contains(w)) cue = cue == null ? Stage.PLANNED : cue;
                else if (Lexicon.ANNOUNCE.contains(lemma)) cue = cue == null || cue == Stage.PLANNED ? Stage.ANNOUNCED : cue;
                if (Lexicon.MODAL.contains(w)) modal = true;
                if (lemma.equals("have") && !w.equals("having")) perfect = true;
                if (lemma.equals("be") && form.endsWith("ing")) progressive = true;
                if (lemma.equals("continue")) progressive = true;
            }
            if (cue != null) return cue;
            if (perfect && c.past(t)) return Stage.COMPLETED;
            if (modal && !(c.past(t) && perfect)) return Stage.CONSIDERED;
            if (progressive) return Stage.ONGOING;
            if (c.past(t)) return Stage.COMPLETED;
            if (form.endsWith("ing") || (form.endsWith("s") && !nominal(t))) return Stage.ONGOING;
            return Stage.COMPLETED;
        }

        /** "did not send", "has never deployed", "refrained from supplying", "ruled out sending" — but not "not only". */
        private boolean negated(int t, int start) {
            for (int k = Math.max(start, t - 4); k < t; k++) {
                String w = c.lower(k);
                if (Lexicon.NEGATION.contains(w) && !c.lower(k + 1).equals("only")) return true;
                String lemma = c.token(k).lemma();
                if (Lexicon.REFUSE.contains(lemma) && c.mentionAt(k) == null) return true;
            }
            return false;
        }

        /** "according to X", or the speaker of a reporting verb that frames the clause ("NIS estimates that ..."). */
        private Entity attribution(int t, int frame) {
            for (int k = 0; k + 2 < c.size(); k++) {
                if (c.lower(k).equals("according") && c.lower(k + 1).equals("to")) {
                    int j = k + 2;
                    if (c.lower(j).equals("the")) j++;
                    Mention m = c.mentionAt(j);
                    if (m != null && m.entity() != null && m.entity().type().isActor()) return m.aliasKind() == org.entente.mention.AliasKind.DEMONYM ? r.stateOf(m.entity()) : m.entity();
                }
            }
            int clause = c.clauseStart(t);
            if (clause > 0 && c.lower(clause - 1).equals("that")) {
                int verb = clause - 2;
                if (verb >= 0 && (Lexicon.REPORT.contains(c.lower(verb)) || Lexicon.STATEMENT_VERBS.containsKey(c.token(verb).lemma()) || Lexicon.ALLEGE.contains(c.lower(verb)))) {
                    Clauses.Actor a = c.subject(verb, frame);
                    if (a != null) return a.group() || a.mention().aliasKind() == org.entente.mention.AliasKind.DEMONYM ? r.stateOf(a.entity()) : a.entity();
                    Mention m = c.mentionAt(verb - 1);
                    if (m == null && verb >= 2) m = c.mentionAt(verb - 2);
                    if (m != null && m.entity() != null && m.entity().type().isActor()) return r.stateOf(m.entity()) != null ? r.stateOf(m.entity()) : m.entity();
                }
            }
            return null;
        }
    }
}
