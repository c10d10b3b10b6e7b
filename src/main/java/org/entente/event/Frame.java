package org.entente.event;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.event.EventKind;
import org.entente.event.StatementKind;

/**
 * An event frame of the lexicon: the kind of event its words signal and how their grammatical slots
 * map to the event's roles.
 *
 * @param name          its lexicon name ("deploy")
 * @param kind          the kind of event
 * @param statementKind for a statement frame, the kind of statement; else null
 * @param slots         each slot ("subject", "object", "indirect", "receiver" or a preposition) to the roles
 *                      that may fill it, in order of preference
 * @param options       behaviours named in the lexicon ("maker-supplies", "ordered", "presence", "signing", "joining")
 */
record Frame(String name, EventKind kind, StatementKind statementKind, Map<String, List<Role>> slots, Set<String> options) {
    Frame {
        slots = Map.copyOf(slots);
        options = Set.copyOf(options);
    }

    List<Role> roles(String slot) {
        return slots.getOrDefault(slot, List.of());
    }

    boolean has(String option) {
        return options.contains(option);
    }

    /** Whether some slot may hold the role. */
    boolean uses(Role role) {
        for (List<Role> roles : slots.values()) if (roles.contains(role)) return true;
        return false;
    }
}
