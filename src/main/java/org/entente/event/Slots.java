package org.entente.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the argument finder found around a trigger, by grammatical slot in active-voice terms:
 * "subject", "object", "indirect", "receiver", "modifier" (a name inside a noun trigger's phrase) and
 * prepositions ("to", "from", ...). Each slot holds the phrases of a coordinated list.
 *
 * @param phrases  slot to phrases
 * @param governor the token of the verb or noun that governs the trigger ("plans" of "plans to send",
 *                 "refrained" of "refrained from sending", "approved" of "approved the sale"), or -1
 */
record Slots(Map<String, List<Phrase>> phrases, int governor) {
    Slots {
        phrases = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(phrases));
    }

    List<Phrase> get(String slot) {
        return phrases.getOrDefault(slot, List.of());
    }

    /** The phrases of two slots, the first's before the second's. */
    List<Phrase> get(String first, String second) {
        List<Phrase> out = new java.util.ArrayList<>(get(first));
        out.addAll(get(second));
        return out;
    }
}
