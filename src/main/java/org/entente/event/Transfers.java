package org.entente.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.event.EventKind;
import org.entente.event.Stage;
import org.entente.mention.AliasKind;
import org.entente.mention.Entity;
import org.entente.mention.EntityType;
import org.entente.mention.Mention;

/**
 * Arms transfers from a frame whose roles {@link Facts} filled: who supplies which systems to whom, with the
 * defaults the text leaves to the reader (whose systems they were, the maker's state for a purchase, the
 * transfer a "package" or "the tanks" extend) and the cases that are no transfer (a state's own systems sent
 * somewhere, systems sent with the forces that fly them).
 */
final class Transfers {
    private final Syntax x;
    private final Arguments args;
    private final Referents refs;
    private final Forces forces;
    private final Systems weapons;
    private final Discourse d;
    private final Lexicon lx;

    Transfers(Syntax x, Arguments args, Referents refs, Forces forces, Systems weapons, Discourse d, Lexicon lx) {
        this.x = x;
        this.args = args;
        this.refs = refs;
        this.forces = forces;
        this.weapons = weapons;
        this.d = d;
        this.lx = lx;
    }

    /**
     * Reads the transfers a frame signals at a trigger, from the systems, suppliers and recipients its slots named.
     *
     * @param namedSuppliers the suppliers the slots named, perhaps none
     * @param v              the trigger's verb group, or null for a noun
     */
    void read(Frame f, List<Entity> systems, List<Entity> namedSuppliers, List<Entity> recipients, Qualifiers q, Slots s, VerbGroup v) {
        // "Sweden approved a new aid package for Ukraine", "will send Ukraine a new package": what it holds may follow
        // ("It includes CV90s").
        if (systems.isEmpty() && (v == null || aidGiven(s)) && namedSuppliers.size() == 1 && recipients.size() == 1) {
            d.aid(namedSuppliers.get(0), recipients.get(0), q.stage(), q.weakStage(), x.sentence.block());
        }
        if (systems.isEmpty()) return;
        // "A battery equipped with the Typhon": with no one named, a stative passive says what it has.
        if (f.has("stative") && v != null && v.passive() && s.get("subject").isEmpty()) return;
        if (f.has("extends")) {
            extend(f, s, systems, q);
            return;
        }
        // "Italy will send its aircraft carrier": a state's own systems sent somewhere are deployed, not transferred ("handed
        // over its fleet of MiG-29s to Ukraine" gives them away).
        boolean sending = v == null || lx.inGroup("motion-verbs", v.lemma());
        for (Phrase p : s.get("object")) if (sending && own(p, namedSuppliers)) return;
        if (sending && v != null && args.guarding(v)) return;
        // "Spain has sent six jets and 130 airmen to Lithuania": systems sent with the forces that fly them are deployed.
        // ("S-400 squadrons", "Patriot batteries" are systems counted by their units.)
        // "sent a frigate to Guyana": a warship sails with its own crew; sent, it is deployed ("sold a frigate" gives it).
        for (Phrase p : s.get("object")) {
            Forces.Personnel named = forces.personnel(p);
            if (named != null && (weapons.systems(List.of(p)).isEmpty() || sending && named.noun().equals("warships"))) return;
        }
        List<Entity> suppliers = new ArrayList<>(namedSuppliers);
        // "The first F-35s arrived in Poland" is a delivery; "Russian jets arrived in Syria", "its jets landed" are forces.
        // ("Patriot batteries from Germany arrived": the state they come from supplies them.)
        if (f.has("arrives")) {
            // ("the tanks would arrive when needed": arriving nowhere named says nothing of where.)
            if (refs.states(s.get("in", "to"), true).isEmpty()) return;
            for (Phrase p : s.get("subject")) {
                if (weapons.owner(p) != null || Syntax.POSSESSIVES.contains(x.lower(p.first()))) return;
                Phrase from = x.after(refs.counted(p), "from");
                if (suppliers.isEmpty() && from != null) suppliers.addAll(refs.states(List.of(from), false));
            }
        }
        boolean receiving = !f.roles("subject").contains(Role.SUPPLIER);
        // "Turkey's defence minister said the purchase of Typhoons from Britain …": a purchase of no one named, in the words
        // of a state's official, is that state's.
        Entity speaking = q.attributedTo() == null ? null : d.stateOf(q.attributedTo());
        if (recipients.isEmpty() && v == null && receiving && speaking != null && speaking.type() == EntityType.STATE
                && !suppliers.contains(speaking)) recipients = List.of(speaking);
        Entity recipient = recipients.isEmpty() ? null : recipients.get(0);
        // "Nineteen Danish F-16s have been pledged to Ukraine", "the delivery of Russian jets to Iran", "Argentina received
        // 25 former Danish F-16s": with no one named, whose systems they are gives them.
        // ("24 Brazilian jets and six Israeli drones": each system from its own owner.)
        Map<Entity, Entity> ownerOf = new HashMap<>();
        if (suppliers.isEmpty() && (v == null || v.passive() || receiving)) {
            for (Phrase p : moved(s)) {
                Entity owner = weapons.owner(p);
                if (owner == null) owner = formerOwner(p);
                // "12 Korean tanks and four Spanish frigates": a nationality the text leaves open is still not the other's.
                if (owner == null && ambiguousNationality(p)) for (Entity system : weapons.systems(List.of(p))) ownerOf.putIfAbsent(system, null);
                if (owner == null || owner.equals(recipient)) continue;
                if (!suppliers.contains(owner)) suppliers.add(owner);
                for (Entity system : weapons.systems(List.of(p))) ownerOf.putIfAbsent(system, owner);
            }
        }
        Qualifiers own = q;
        // "It ordered 42 Rafale jets", "signed a contract for 180 tanks": a purchase made or agreed is a delivery to come;
        // "jets bought in 1989", a participle, are had.
        boolean had = v != null && v.form() == VerbGroup.Form.PARTICIPLE;
        boolean agreed = q.stage() == Stage.ANNOUNCED || q.stage() == Stage.COMPLETED;
        if (f.has("ordered") && agreed && !q.weakStage() && !had) own = q.withStage(Stage.PLANNED);
        for (Entity system : systems) {
            system = madeBySupplier(system, suppliers);
            d.system(system);
            // (One owner named before a list owns it all: "the Russian Su-35 jets, Mi-28 helicopters and Yak-130 trainers".)
            boolean each = new HashSet<>(ownerOf.values()).size() > 1;
            List<Entity> from = !each ? suppliers : ownerOf.get(system) != null ? List.of(ownerOf.get(system)) : List.of();
            // Bought from no one named, delivered "under a contract", or by a firm of no state named: from the maker's state.
            if (from.isEmpty() && (f.has("maker-supplies") || underContract(s) || !receiving && firmSubject(s))) {
                // ("Seoul and Warsaw signed a contract for K2 tanks": of two sides, the maker's is the seller.)
                Entity maker = maker(system, recipients.size() > 1 ? null : recipient);
                // "six Czech-made L-159 jets": a model the reference data lacks is made where the text says.
                if (maker == null && !system.known()) maker = madeIn(s, recipient);
                from = maker == null ? List.of() : List.of(maker);
                // "Spain and Peru signed a contract for F-16s": two parties to a deal are its two sides, so the maker
                // sells only if it is one of them.
                if ((v == null || v.lemma().equals("sign")) && recipients.size() > 1 && !recipients.contains(maker)) continue;
            } else if (from.isEmpty() && receiving && recipients.size() == 1) {
                // "Mali took delivery of Russian-supplied jets. … Last year Bamako received four Mi-171 helicopters": received
                // from no one named, a model comes from its maker's state when that state has supplied the receiver before.
                Entity maker = maker(system, recipient);
                if (maker != null && supplied(maker, recipient)) from = List.of(maker);
            }
            for (Entity supplier : Facts.orNone(from)) {
                for (Entity to : Facts.orNone(recipients)) {
                    if (supplier != null && supplier.equals(to)) continue;
                    d.add(Reading.fact(EventKind.ARMS_TRANSFER, supplier, to, system, null, null, Facts.voiced(d, own, supplier, to), x.sentence));
                }
            }
        }
        // "The Netherlands is donating 18 F-16s to Ukraine, and Denmark 19": each state after the counted system gives as
        // many of it, to the same recipient.
        if (v == null || systems.size() != 1 || suppliers.size() != 1 || recipient == null || recipients.size() != 1) return;
        for (Phrase p : s.get("object")) {
            if (!x.tag(p.first()).equals("NUM")) continue;
            for (Forces.Remnant r : forces.gapped(p.last())) {
                if (r.state().equals(recipient) || suppliers.contains(r.state())) continue;
                d.add(Reading.fact(EventKind.ARMS_TRANSFER, r.state(), recipient, systems.get(0), null, null, Facts.voiced(d, own, r.state(), recipient), x.sentence));
            }
        }
    }

    /**
     * "The package also includes Javelins", "the tanks will be accompanied by AS-90 guns", "Australia's support has included
     * Bushmasters": more systems of the transfer the other argument names, going the same way.
     */
    private void extend(Frame f, Slots s, List<Entity> systems, Qualifiers q) {
        String anchorSlot = f.roles("subject").isEmpty() ? "subject" : "object";
        List<Phrase> anchor = s.get(anchorSlot);
        if (anchor.isEmpty()) return;
        Phrase a = refs.counted(anchor.get(0));
        Reading last = d.last(EventKind.ARMS_TRANSFER);
        String head = x.lemma(a.head());
        Entity owner = lx.inGroup("aid-nouns", head) ? refs.state(a, false) : null;
        boolean aboutLast = last != null && (a.pronoun() || lx.inGroup("aid-nouns", head) || lx.inGroup("system-nouns", head)
                && Set.of("the", "these", "those").contains(x.lower(a.first())));
        Discourse.Aid aid = lx.inGroup("aid-nouns", head) || a.pronoun() ? d.aid(x.sentence.block()) : null;
        // "approved a package for Ukraine that includes …": the package's own giver and receiver, in this sentence.
        if (lx.inGroup("aid-nouns", head) && (aid == null || aid.block() != x.sentence.block())) {
            Slots own = args.ofNoun(a, a.head());
            List<Entity> to = refs.states(own.get("for", "to"), true);
            List<Entity> giver = refs.states(own.get("governor"), false);
            if (to.size() == 1 && giver.size() == 1 && !to.equals(giver)) aid = new Discourse.Aid(giver.get(0), to.get(0), q.stage(), q.weakStage(), x.sentence.block());
        }
        // "will send tanks as part of a new package. The package includes …": a package a noun named says nothing of how far
        // it has gone, so the transfer it came with does.
        if (aid != null && aid.weak() && last != null && aid.giver().equals(last.actor()) && aid.receiver().equals(last.counterpart())) aid = null;
        if (aid != null && owner == null) {
            aboutLast = false;
            owner = aid.giver();
        }
        if (owner == null && !aboutLast) return;
        Entity supplier = owner != null ? owner : last.actor();
        Entity recipient = aboutLast && supplier.equals(last.actor()) ? last.counterpart() : aid != null ? aid.receiver() : delivered(s);
        if (recipient == null) recipient = d.recipient(x.sentence.block());
        Qualifiers how = aboutLast ? q.withStage(last.stage()).withFactuality(last.factuality()) : aid != null ? q.withStage(aid.stage()) : q;
        for (Entity system : systems) {
            if (recipient == null || supplier.equals(recipient) || last != null && system.equals(last.system())) continue;
            d.system(system);
            d.add(Reading.fact(EventKind.ARMS_TRANSFER, supplier, recipient, system, null, null, how, x.sentence));
        }
    }

    /** Whether a word of some state's demonym that names no state on its own stands in the phrase ("Korean tanks"). */
    private boolean ambiguousNationality(Phrase p) {
        p = refs.counted(p);
        for (int k = p.first(); k < p.head(); k++) if (x.mention(k) == null && d.index.demonymWord(x.token(k).text())) return true;
        return false;
    }

    /** "25 F-16s previously operated by the Danish Air Force": who had the systems before, or null. */
    private Entity formerOwner(Phrase p) {
        int k = x.afterBrackets(refs.counted(p).last());
        if (!Set.of("previously", "formerly", "once").contains(x.lower(k))) return null;
        VerbGroup v = x.verbAt(k + 1);
        if (v == null || v.form() != VerbGroup.Form.PARTICIPLE || !lx.inGroup("having-verbs", v.lemma())) return null;
        List<Entity> owners = refs.states(args.ofVerb(v, v.last(), false).get("subject"), false);
        return owners.size() == 1 && owners.get(0).type() == EntityType.STATE ? owners.get(0) : null;
    }

    /** "… has included 120 vehicles delivered to Ukraine": whom a participle after the systems says they went to, or null. */
    private Entity delivered(Slots s) {
        for (Phrase p : s.get("object", "subject")) {
            VerbGroup v = x.verbAt(p.last());
            if (v == null || v.form() != VerbGroup.Form.PARTICIPLE) continue;
            Slots after = args.ofVerb(v, v.last(), false);
            List<Entity> to = refs.states(after.get("to", "for"), true);
            if (!to.isEmpty()) return to.get(0);
        }
        return null;
    }

    /** Whether a system phrase is the sender's own: "its aircraft carrier", "Italy's carrier". */
    private boolean own(Phrase p, List<Entity> suppliers) {
        if (suppliers.isEmpty()) return false;
        Entity owner = Syntax.POSSESSIVES.contains(x.lower(p.first())) ? d.stateOf(refs.pronoun(p.first()))
                : p.possessor() >= 0 ? refs.state(x.phrases.get(p.possessor()), false) : null;
        return owner != null && suppliers.contains(owner);
    }

    /** "Hanwha Aerospace has exported the howitzer", "the manufacturer delivered": a firm no state's name owns. */
    private boolean firmSubject(Slots s) {
        for (Phrase p : s.get("subject")) {
            // ("The Albanese Government will provide": a government, however named, is no firm.)
            if (p.pronoun() || x.mention(p.head()) != null || refs.modifierMention(p) != null || lx.inGroup("actor-nouns", x.lemma(p.head()))) continue;
            if (lx.inGroup("firm-nouns", x.lemma(p.head())) || x.token(p.head()).isCapitalized() && p.head() > p.first()) return true;
        }
        return false;
    }

    /** Whether a transfer from the supplier to the recipient is already read in this document. */
    private boolean supplied(Entity supplier, Entity recipient) {
        for (Reading r : d.all(EventKind.ARMS_TRANSFER)) if (supplier.equals(r.actor()) && recipient.equals(r.counterpart())) return true;
        return false;
    }

    /** "will send Ukraine a new package": the verb's object is aid of no system named. */
    private boolean aidGiven(Slots s) {
        for (Phrase p : s.get("object")) if (lx.inGroup("aid-nouns", x.lemma(refs.counted(p).head()))) return true;
        return false;
    }

    private boolean underContract(Slots s) {
        for (Phrase p : s.get("under")) if (lx.inGroup("aid-nouns", x.lemma(p.head())) || lx.inGroup("treaty-nouns", x.lemma(p.head()))) return true;
        return false;
    }

    /** The phrases naming what moves: the verb's object, or a noun's "of" ("the delivery of tanks"). */
    private static List<Phrase> moved(Slots s) {
        List<Phrase> out = new ArrayList<>(s.get("object"));
        out.addAll(s.get("of"));
        return out;
    }

    /** The state of "Czech-made", "Russian-built" in the object of a purchase, or null. */
    private Entity madeIn(Slots s, Entity buyer) {
        for (Phrase p : moved(s)) {
            p = refs.counted(p);
            for (int k = p.first(); k < p.last(); k++) {
                var m = x.mention(k);
                if (m == null || m.aliasKind() != AliasKind.DEMONYM) continue;
                // The tokeniser splits "Czech-made" as "Czech", "-", "made" or keeps the hyphen: "Russian-", "made".
                boolean made = x.lower(m.last()).equals("-") && MADE.contains(x.lower(m.last() + 1))
                        || x.lower(m.last() - 1).endsWith("-") && MADE.contains(x.lower(m.last()));
                if (!made) continue;
                Entity e = d.stateOf(m.entity());
                if (e != null && e.type() == EntityType.STATE && !e.equals(buyer)) return e;
            }
        }
        return null;
    }

    private static final Set<String> MADE = Set.of("made", "built", "produced", "manufactured", "designed");

    /**
     * "Khan thanked Beijing for supplying the aircraft": a system the sentence does not name, meant by a word for its kind,
     * is the one last named that the one supplier makes, when the last one named is another's.
     */
    private Entity madeBySupplier(Entity system, List<Entity> suppliers) {
        if (suppliers.size() != 1 || system.state() == null || system.state().equals(suppliers.get(0).iri())) return system;
        for (Mention m : x.mentions.mentions()) if (m.kind() == Mention.Kind.ENTITY && system.equals(m.entity())) return system;
        Entity made = d.systemMadeBy(suppliers.get(0));
        return made != null ? made : system;
    }

    /** The state that makes a system, when it is not the buyer. */
    private Entity maker(Entity system, Entity buyer) {
        Entity maker = system.state() == null ? null : d.index.entity(system.state());
        return maker != null && maker.type() == EntityType.STATE && !maker.equals(buyer) ? maker : null;
    }
}
