package org.entente.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.event.EventKind;
import org.entente.event.Factuality;
import org.entente.event.Stage;
import org.entente.mention.Entity;
import org.entente.mention.EntityType;
import org.entente.nlp.Lemmas;

/**
 * Deployments, arms transfers and training from a frame and the slots the argument finder filled:
 * each slot's phrases go to the first of its roles they can fill, and what the text leaves out is
 * completed by the same general defaults for every frame (forces belong to their nationality, a
 * purchase with no seller is from the maker's state, "there" is the place just named). Arms transfers,
 * once their roles are filled, are read by {@link Transfers}.
 */
final class Facts {
    private final Syntax x;
    private final Referents refs;
    private final Forces forces;
    private final Systems weapons;
    private final Discourse d;
    private final Lexicon lx;
    private final Arguments args;
    private final Transfers transfers;

    Facts(Syntax x, Arguments args, Referents refs, Forces forces, Systems weapons, Discourse d, Lexicon lx) {
        this.x = x;
        this.args = args;
        this.refs = refs;
        this.forces = forces;
        this.weapons = weapons;
        this.d = d;
        this.lx = lx;
        this.transfers = new Transfers(x, args, refs, forces, weapons, d, lx);
    }

    /** What each role holds: states, personnel or systems. */
    private static final class Fill {
        final Map<Role, List<Entity>> entities = new EnumMap<>(Role.class);
        List<Forces.Personnel> personnel = List.of();
        /** Whether weapons placed count as the forces deployed (the frame's option "platforms"). */
        boolean platforms;

        List<Entity> get(Role r) {
            return entities.getOrDefault(r, List.of());
        }
    }

    /**
     * Reads the fact a frame signals at a trigger; nothing when its key roles are not in the text.
     *
     * @param t the trigger token
     * @param v the trigger's verb group, or null for a noun
     */
    void read(Frame f, Slots s, Qualifiers q, int t, VerbGroup v) {
        boolean noun = v == null;
        // A noun is past when the verb of a clause that governs it is: "troops received training last year" (a headline's
        // "Alleged Training of …" has no clause).
        VerbGroup governing = v == null ? x.verbAt(s.governor()) : null;
        past = v != null ? v.past() : governing != null && governing.finite() && governing.past() && !args.subject(governing).isEmpty();
        perfect = v != null ? v.perfect() : governing != null && governing.perfect();
        // "joint training", "combined exercises": mutual, no side trains or sends for the other.
        if (lx.inGroup("joint-words", x.lower(t - 1))) return;
        // "Neither agreement stations troops there", "No state has sent …": a subject counted as none did nothing.
        for (Phrase p : s.get("subject")) if (Set.of("no", "neither", "none").contains(x.lower(p.first()))) return;
        // "sent warships into Philippine waters": weapons moved into a state's waters or border area are not handed to it.
        if (f.kind() == EventKind.ARMS_TRANSFER && movedToFrontier(f, s)) return;
        // ("sent F-35 jets to Bulgaria to police its airspace": weapons sent on a task are the sender's forces there.)
        Fill fill = fill(f, s, noun, f.has("platforms") || v != null && args.guarding(v));
        // What a refused act names still sets the scene: "refrained from supplying X to Ukraine, but may offer Y".
        if (f.kind() == EventKind.ARMS_TRANSFER && !fill.get(Role.RECIPIENT).isEmpty()) d.recipient(fill.get(Role.RECIPIENT).get(0), x.sentence.block());
        if (q == null) return;
        inherit(f, s, fill, v, t);
        switch (f.kind()) {
            case DEPLOYMENT -> deployment(f, fill, q, noun, s);
            case ARMS_TRANSFER -> transfers.read(f, fill.get(Role.SYSTEM), fill.get(Role.SUPPLIER), fill.get(Role.RECIPIENT), q, s, v);
            // A gerund names the act as a noun does ("went there for training").
            case TRAINING -> training(fill, q, noun || v.form() == VerbGroup.Form.GERUND, s);
            default -> { }
        }
    }

    private boolean movedToFrontier(Frame f, Slots s) {
        for (var slot : s.phrases().entrySet()) {
            if (!f.roles(slot.getKey()).contains(Role.RECIPIENT) && !Set.of("into", "toward", "towards", "near", "off").contains(slot.getKey())) continue;
            for (Phrase p : slot.getValue()) if (lx.inGroup("frontier-nouns", x.lemma(p.head()))) return true;
        }
        return false;
    }

    /**
     * "Such a change could include sending advisors", "The plan is to deliver tanks": an act whose subject names no one
     * is done by the actor of the paragraph's last fact; a transfer with no recipient is for the paragraph's last one.
     */
    private void inherit(Frame f, Slots s, Fill fill, VerbGroup v, int t) {
        Role agent = f.kind() == EventKind.DEPLOYMENT ? Role.SENDER : f.kind() == EventKind.ARMS_TRANSFER ? Role.SUPPLIER : null;
        boolean ownForces = fill.personnel.stream().anyMatch(p -> !forces.nationalities(p.phrase()).isEmpty());
        if (agent != null && fill.get(agent).isEmpty() && f.roles("subject").contains(agent) && anonymous(s, v) && !ownForces) {
            Entity actor = d.actor(x.sentence.block());
            if (actor != null) fill.entities.put(agent, List.of(actor));
        }
        if (f.kind() == EventKind.ARMS_TRANSFER && fill.get(Role.RECIPIENT).isEmpty() && f.uses(Role.RECIPIENT)) {
            Entity r = elaborated(t);
            // "Morocco is in talks with Israel over the purchase of …": a buying noun with no buyer of its own is the buying
            // of the state the sentence is about, before any state an earlier sentence named.
            if (r == null && v == null && f.roles("subject").contains(Role.RECIPIENT)) r = clauseSubjectBefore(t);
            if (r == null) r = d.recipient(x.sentence.block());
            if (r != null && !fill.get(Role.SUPPLIER).contains(r)) fill.entities.put(Role.RECIPIENT, List.of(r));
        }
    }

    /** The state that is the subject of the first finite verb before token t, or null. */
    private Entity clauseSubjectBefore(int t) {
        for (VerbGroup g : x.verbs) {
            if (g.head() >= t) break;
            if (!g.finite()) continue;
            List<Entity> states = refs.states(args.subject(g), false);
            return states.size() == 1 ? states.get(0) : null;
        }
        return null;
    }

    /**
     * "Moldova is modernising its small army: Germany has delivered Piranha carriers": after a colon that elaborates, the
     * state the clause before it is about is the one the supplies are for.
     */
    private Entity elaborated(int t) {
        int colon = -1;
        for (int k = t - 1; k >= 0 && colon < 0; k--) if (x.lower(k).equals(":")) colon = k;
        if (colon < 0) return null;
        // The main clause's subject, not a clause it reports: in "Latvia and Estonia said Washington had cleared them to
        // hand over weapons: …" neither names the recipient.
        for (VerbGroup before : x.verbs) {
            if (before.head() >= colon) break;
            if (!before.finite()) continue;
            List<Phrase> subject = args.subject(before);
            Entity e = subject.size() == 1 ? refs.state(subject.get(0), false) : null;
            return e != null && e.type() == EntityType.STATE ? e : null;
        }
        return null;
    }

    /** A subject that names no one: none at all under another verb, or a common noun ("such a change", "the plan"). */
    private boolean anonymous(Slots s, VerbGroup v) {
        List<Phrase> subject = s.get("subject");
        if (subject.isEmpty()) return v == null || !v.finite() || v.passive();
        for (Phrase p : subject) if (p.pronoun() || x.mention(p.head()) != null || refs.modifierMention(p) != null) return false;
        return true;
    }

    /** Each slot's phrases to the first of its roles they fit; a name inside a noun's phrase names its object if it can, else its agent. */
    private Fill fill(Frame f, Slots s, boolean noun, boolean platforms) {
        Fill fill = new Fill();
        fill.platforms = platforms;
        // "Taiwanese soldiers trained in the United States", "troops deployed to Poland": with no object, a subject that
        // fits the object's role undergoes the act.
        boolean middle = f.has("middle") && s.get("object").isEmpty() && fits(f.roles("object"), s.get("subject"));
        for (Map.Entry<String, List<Phrase>> e : s.phrases().entrySet()) {
            String slot = e.getKey();
            if (slot.equals("modifier") || slot.equals("governor")) continue;
            // "the delivery of tanks": "of" names the noun's object if it can, else its subject; "the entry of 150 US
            // troops", "the presence of Turkish troops": forces first, which are no place whatever state their demonym names.
            // (A verb's own "of", as in "pull troops out of Chad", is the frame's last resort here.)
            if (noun && slot.equals("of")) {
                boolean forces = f.roles("object").contains(Role.PERSONNEL) || f.roles("subject").contains(Role.PERSONNEL);
                boolean placed = forces && put(fill, Role.PERSONNEL, e.getValue());
                if (!placed) for (Role role : f.roles("object")) if (placed = put(fill, role, e.getValue())) break;
                if (!placed) for (Role role : f.roles("subject")) if (placed = put(fill, role, e.getValue())) break;
                if (!placed) for (Role role : f.roles("of")) if (put(fill, role, e.getValue())) break;
                continue;
            }
            // "Taiwanese soldiers trained in the United States": with no object, the subject undergoes it.
            if (middle && slot.equals("subject")) slot = "object";
            for (Role role : f.roles(slot)) if (put(fill, role, e.getValue())) break;
        }
        for (Phrase m : s.get("modifier")) {
            boolean placed = false;
            for (Role role : f.roles("object")) if (placed = put(fill, role, List.of(m))) break;
            if (!placed) for (Role role : f.roles("subject")) if (put(fill, role, List.of(m))) break;
        }
        // "NATO trains Iraqi forces in Baghdad": an alliance or union trains as a state does, when the text names no other
        // state that does.
        for (String slot : List.of("subject", "by")) {
            if (!f.roles(slot).contains(Role.TRAINER) || !fill.get(Role.TRAINEE).containsAll(fill.get(Role.TRAINER))) continue;
            List<Entity> unions = refs.states(s.get(slot), false).stream().filter(e -> e.type() == EntityType.ORGANIZATION).toList();
            if (!unions.isEmpty()) fill.entities.put(Role.TRAINER, unions);
        }
        // "Germany completed the delivery": the agent; "recruits completed training": who undergoes it.
        for (Role role : f.roles(f.has("undergone") ? "receiver" : "subject")) if (put(fill, role, s.get("governor"))) break;
        return fill;
    }

    /** The actor already found (sender, supplier, trainee, the forces' state), which a place named "the country" is not. */
    private static Entity actor(Fill fill) {
        for (Role r : new Role[] {Role.SENDER, Role.SUPPLIER, Role.TRAINEE}) if (!fill.get(r).isEmpty()) return fill.get(r).get(0);
        for (Forces.Personnel p : fill.personnel) if (p.nationality() != null) return p.nationality();
        return null;
    }

    /** Whether the subject names forces ("Taiwanese soldiers"), which the act is done to when it has no object. */
    private boolean fits(List<Role> roles, List<Phrase> phrases) {
        return !roles.isEmpty() && phrases.stream().anyMatch(p -> forces.personnel(p) != null);
    }

    /** Files phrases under a role if they fit it and it is still empty. */
    private boolean put(Fill fill, Role role, List<Phrase> phrases) {
        if (role == Role.PERSONNEL) {
            if (!fill.personnel.isEmpty()) return false;
            List<Forces.Personnel> found = new ArrayList<>();
            for (Phrase p : phrases) {
                Forces.Personnel one = forces.personnel(p);
                // "deployed four F-16 jets to Lithuania": a state's weapons placed somewhere stay its own forces.
                List<Entity> placed = one == null && fill.platforms ? weapons.systems(List.of(p)) : List.of();
                if (!placed.isEmpty()) one = forces.platforms(p, placed.get(0));
                if (one != null) found.add(one);
            }
            fill.personnel = found;
            return !found.isEmpty();
        }
        if (fill.entities.containsKey(role)) return false;
        // "hand over a company of Leopard tanks": a unit of systems is what moves, not who sends or receives it.
        if (role.filler != Role.Filler.SYSTEM) phrases = phrases.stream().filter(p -> !unitOfSystems(p)).toList();
        List<Entity> found = switch (role.filler) {
            case STATE -> refs.states(phrases, false);
            // "to the NATO battlegroup in Latvia": a place is a state, so an alliance leaves the role to the next slot.
            // "there are 900 US troops in Syria": forces are not where they are, whatever state their demonym names.
            case PLACE -> refs.states(role == Role.HOST || role == Role.RECIPIENT ? phrases.stream().filter(p -> forces.personnel(p) == null).toList() : phrases, true, actor(fill))
                    .stream().filter(e -> e.type() == EntityType.STATE).toList();
            case SYSTEM -> weapons.systems(phrases);
            default -> List.of();
        };
        if (found.isEmpty()) return false;
        fill.entities.put(role, found);
        return true;
    }

    private boolean unitOfSystems(Phrase p) {
        Phrase of = x.after(p, "of");
        return of != null && lx.inGroup("unit-nouns", x.lemma(p.head()))
                && !weapons.systems(List.of(of)).isEmpty();
    }

    // ---- deployments ----------------------------------------------------------------------------

    /**
     * The slots where a place is named: "to its eastern border", not "to help Russian forces", nor "to the mission" (it is
     * where the mission is); "left Kigali", "withdrew from Gao".
     */
    private static final Set<String> PLACE_SLOTS = Set.of("to", "into", "in", "at", "toward", "towards", "from", "object");
    /** Nouns of time, which name no place: "in recent weeks". */
    private static final Set<String> TIME_NOUNS = Set.of("day", "week", "month", "year", "weekend", "hour", "time", "period", "past", "future");

    private void deployment(Frame f, Fill fill, Qualifiers q, boolean noun, Slots s) {
        List<Forces.Personnel> groups = alternatives(fill.personnel);
        if (groups.isEmpty() && !noun) return;
        List<Entity> senders = new ArrayList<>(fill.get(Role.SENDER));
        // "forces from Canada, Australia and Norway": each state of the forces sends them.
        if (senders.isEmpty()) for (Forces.Personnel p : groups) for (Entity e : forces.nationalities(p.phrase())) if (!senders.contains(e)) senders.add(e);
        List<Entity> hosts = new ArrayList<>(fill.get(Role.HOST));
        // "The Pentagon said 300 Marines had landed in Darwin": forces of no nationality that a state's body reports
        // moving abroad are that state's own.
        Entity reporter = q.attributedTo() == null ? null : d.stateOf(q.attributedTo());
        if (!noun && senders.isEmpty() && !groups.isEmpty() && !hosts.isEmpty() && reporter != null && reporter.type() == EntityType.STATE
                && !hosts.contains(reporter)) senders.add(reporter);
        if (hosts.isEmpty() && there()) hosts.addAll(d.places(x.sentence.block()));
        // Forces sent or promised with no place named, in the paragraph that reports a deployment, go where it goes ("to its
        // eastern border" names a place, if no state).
        Reading mission = d.last(EventKind.DEPLOYMENT);
        boolean sameStory = mission != null && (q.stage() == Stage.ANNOUNCED || x.sentence.block() - mission.evidence().block() <= 2);
        boolean placeNamed = false;
        for (var slot : s.phrases().entrySet()) {
            if (!f.roles(slot.getKey()).contains(Role.HOST) || !PLACE_SLOTS.contains(slot.getKey())) continue;
            for (Phrase p : slot.getValue()) {
                placeNamed |= !x.date(p) && !TIME_NOUNS.contains(x.lemma(p.head())) && forces.personnel(p) == null
                        && !lx.inGroup("mission-nouns", x.lemma(p.head()));
            }
        }
        if (hosts.isEmpty() && !placeNamed && !f.has("presence") && sameStory && mission.counterpart() != null && !senders.contains(mission.counterpart())) {
            hosts.add(mission.counterpart());
        }
        // ("The first units had already left Kigali": forces that leave no place a state's forces are in withdraw from none.)
        if ((f.has("presence") || f.has("withdrawn")) && hosts.isEmpty()) return;
        Qualifiers own = f.has("presence") && q.stage() == Stage.COMPLETED && !past() ? q.withStage(Stage.ONGOING) : q;
        // "agreed to withdraw its 1,000 troops from Niger": forces being pulled out are there until a past verb says they
        // have gone ("completed the withdrawal of its last troops").
        if (f.has("withdrawn") && !(q.stage() == Stage.COMPLETED && !q.weakStage() && past())) own = q.withStage(Stage.ONGOING);
        // "Biden has ordered 3,000 troops to Poland": forces ordered somewhere are still to go ("ordered troops there in
        // October", a past told, has them there).
        if (f.has("ordered") && q.stage() == Stage.COMPLETED && !q.weakStage() && (!past() || perfect)) own = q.withStage(Stage.PLANNED);
        d.placed(hosts, x.sentence.block());
        if (groups.isEmpty()) groups = List.of(new Forces.Personnel(null, null, null, null));
        // "…, Kyrgyzstan some 150 and Tajikistan nearly 200": each state after the forces sends as many of them.
        if (!noun && senders.size() == 1 && groups.size() == 1) {
            for (Forces.Remnant r : forces.gapped(groups.get(0))) {
                for (Entity host : orNone(hosts)) {
                    if (r.state().equals(host) || senders.contains(r.state())) continue;
                    String personnel = groups.get(0).noun() != null ? groups.get(0).noun() : lastPersonnel();
                    d.add(Reading.fact(EventKind.DEPLOYMENT, r.state(), host, null, personnel, r.count(), voiced(d, own, r.state(), host), x.sentence));
                }
            }
        }
        for (Entity sender : orNone(senders)) {
            for (int g = 0; g < groups.size(); g++) {
                Forces.Personnel p = groups.get(g);
                // "troops, and possibly pilots": a hedge on one group of the list doubts only it.
                Qualifiers each = g > 0 && hedged(groups.get(g - 1), p) ? own.withFactuality(Factuality.ALLEGED) : own;
                for (Entity host : orNone(hosts)) {
                    if (sender != null && sender.equals(host)) continue;
                    String personnel = p.noun() != null ? p.noun() : lastPersonnel();
                    d.add(Reading.fact(EventKind.DEPLOYMENT, sender, host, p.platform(), personnel, p.count(), voiced(d, each, sender, host), x.sentence));
                    // "Turkish instructors are in Mali": instructors abroad train the forces of the state they are in.
                    if (f.has("presence") && sender != null && host != null && personnel != null
                            && lx.inGroup("instructor-nouns", Lemmas.lemma(personnel))) {
                        d.add(Reading.fact(EventKind.TRAINING, host, sender, null, null, null, voiced(d, each, host, sender), x.sentence));
                    }
                }
            }
        }
        // "sent crews to South Korea for training": forces sent abroad to be trained are trained there too; once sent,
        // their training goes on.
        if (!noun && forTraining(s)) {
            Qualifiers training = own.stage() == Stage.COMPLETED ? own.withStage(Stage.ONGOING) : own;
            for (Entity sender : senders) for (Entity host : hosts) {
                if (!sender.equals(host)) d.add(Reading.fact(EventKind.TRAINING, sender, host, null, null, null, voiced(d, training, sender, host), x.sentence));
            }
        }
    }

    /** "police or soldiers": forces named as alternatives are one group, the first named. */
    private List<Forces.Personnel> alternatives(List<Forces.Personnel> groups) {
        List<Forces.Personnel> out = new ArrayList<>();
        for (Forces.Personnel p : groups) {
            boolean or = p.phrase() != null && x.lower(p.phrase().first() - 1).equals("or");
            if (!or || out.isEmpty()) out.add(p);
        }
        return out;
    }

    /** Whether the verb's "for" names training ("for training", "for instruction on the new tanks"). */
    private boolean forTraining(Slots s) {
        for (Phrase p : s.get("for")) {
            for (Lexicon.Entry e : lx.nounFrames(x.lemma(p.head()))) if (e.frame().kind() == EventKind.TRAINING) return true;
        }
        return false;
    }

    /** Whether the trigger's verb is in the past: forces that "were" somewhere are no presence that goes on. */
    private boolean past;
    /** Whether it has "have": "has ordered" tells of now, not of a past. */
    private boolean perfect;

    private boolean past() {
        return past;
    }

    private boolean hedged(Forces.Personnel before, Forces.Personnel p) {
        if (before.phrase() == null || p.phrase() == null) return false;
        for (int k = before.phrase().last(); k < p.phrase().first(); k++) {
            for (Lexicon.Cue c : lx.adverbCues(x.lower(k))) if (c.signals().contains(Lexicon.Signal.ALLEGED) || c.signals().contains(Lexicon.Signal.CONSIDERED)) return true;
        }
        return false;
    }

    private String lastPersonnel() {
        Reading last = d.last(EventKind.DEPLOYMENT);
        return last != null && last.personnel() != null ? last.personnel() : "troops";
    }

    /** "there" in the sentence standing for a place said before; not the "there" of "there are". */
    private boolean there() {
        for (int k = 0; k < x.size(); k++) {
            if (x.lower(k).equals("there") && !x.lemma(k + 1).equals("be") && !x.lemma(k + 1).equals("have")) return true;
        }
        return false;
    }

    // ---- training -------------------------------------------------------------------------------

    private void training(Fill fill, Qualifiers q, boolean noun, Slots s) {
        List<Entity> trainees = new ArrayList<>();
        for (Entity e : fill.get(Role.TRAINEE)) if (e.type() == EntityType.STATE) trainees.add(e);
        List<Entity> trainers = fill.get(Role.TRAINER);
        // "Rwanda trains soldiers from the Central African Republic": where forces with no demonym come from is their state.
        if (trainees.isEmpty()) {
            for (Phrase from : s.get("from")) {
                Phrase before = x.phraseAt(from.prep() - 1);
                if (before == null || forces.personnel(before) == null || !s.get("object").contains(before)) continue;
                List<Entity> origin = refs.states(x.conjuncts(from), false);
                trainees = new ArrayList<>(origin);
                trainers = trainers.stream().filter(e -> !origin.contains(e)).toList();
            }
        }
        // "Russian instructors landed in Niamey …; the Russians would train local troops": local forces are those of the state
        // the trainers were sent to, or of the state whose officials say so.
        if (trainees.isEmpty() && !trainers.isEmpty()) {
            for (Phrase p : s.get("object")) {
                if (!x.lower(p.first()).equals("local") && !x.lower(p.first() + 1).equals("local") || forces.personnel(p) == null) continue;
                Reading sent = d.last(EventKind.DEPLOYMENT);
                Entity speaker = q.attributedTo() == null ? null : d.stateOf(q.attributedTo());
                Entity local = sent != null && trainers.contains(sent.actor()) ? sent.counterpart() : speaker;
                if (local != null && local.type() == EntityType.STATE && !trainers.contains(local)) trainees = List.of(local);
            }
        }
        // "The soldiers will provide training to Afghan troops": forces the text named before train for the state that sent them.
        if (trainers.isEmpty() && !trainees.isEmpty()) {
            Reading sent = d.last(EventKind.DEPLOYMENT);
            for (Phrase p : s.get("subject")) {
                boolean definite = Set.of("the", "these", "those").contains(x.lower(p.first()));
                if (definite && forces.personnel(p) != null && forces.nationalities(p).isEmpty() && sent != null && sent.actor() != null
                        && !trainees.contains(sent.actor())) trainers = List.of(sent.actor());
            }
        }
        // "completed its training in Hanoi with Australian instructors": trained at home by the instructors' state.
        List<Entity> instructors = new ArrayList<>();
        for (Phrase p : s.get("with", "by")) if (forces.personnel(p) != null) instructors.addAll(forces.nationalities(p));
        List<Entity> home = refs.states(s.get("in"), true);
        if (trainees.isEmpty() && !instructors.isEmpty() && !home.isEmpty() && java.util.Collections.disjoint(instructors, home)) {
            trainees = home.stream().filter(e -> e.type() == EntityType.STATE).toList();
            trainers = instructors;
        }
        // "Turkey provides training to Somali forces in Mogadishu": where the trainees are is no trainer when someone else
        // gives the training.
        List<Entity> trainees0 = trainees;
        if (!java.util.Collections.disjoint(trainers, trainees)) {
            List<Entity> givers = refs.states(s.get("subject"), false).stream()
                    .filter(e -> e.type() == EntityType.STATE && !trainees0.contains(e)).toList();
            if (!givers.isEmpty()) trainers = givers;
        }
        // "Ukrainian soldiers are trained there": the places named just before.
        if (trainers.isEmpty() && there()) trainers = d.places(x.sentence.block());
        if (trainees.isEmpty() && trainers.isEmpty()) return;
        Qualifiers own = noun && q.stage() == Stage.COMPLETED && q.weakStage() && !past() ? q.withStage(Stage.ONGOING) : q;
        for (Entity trainee : orNone(trainees)) {
            for (Entity trainer : orNone(trainers)) {
                if (trainee != null && trainee.equals(trainer)) continue;
                d.add(Reading.fact(EventKind.TRAINING, trainee, trainer, null, null, null, voiced(d, own, trainee, trainer), x.sentence));
            }
        }
    }

    // ---- every fact -----------------------------------------------------------------------------

    /** The entities named, or one unnamed side (null) when there are none. */
    static List<Entity> orNone(List<Entity> list) {
        return list.isEmpty() ? Collections.singletonList(null) : list;
    }

    /** A party's own voice reporting the act ("Umerov said Ukraine had received …") announces it; it is not hearsay. */
    static Qualifiers voiced(Discourse d, Qualifiers q, Entity a, Entity b) {
        Entity source = d.stateOf(q.attributedTo());
        if (q.factuality() != Factuality.REPORTED || source == null) return q;
        return source.equals(a) || source.equals(b) ? q.withFactuality(Factuality.CONFIRMED) : q;
    }
}
