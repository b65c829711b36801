package dyad.extract.actors;

import dyad.model.Actor;
import dyad.model.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who speaks where: the quotations of a document and their speakers. Inside a quotation "we",
 * "us" and "our" are the speaker's side — an official's government, a body itself — and "I",
 * "me" and "my" the speaker. Only officials, states' bodies, IGOs and oppositions speak for a
 * party; an activist's or a reporter's "we" is no state.
 */
public final class Voices {

    /** Quoted words [start, end) of the document and who said them. */
    public record Voice(int start, int end, Actor speaker) {
        public Voice {
            if (start > end || speaker == null) {
                throw new IllegalArgumentException("a voice needs a span and a speaker");
            }
        }
    }

    public static final Voices NONE = new Voices(List.of());
    /** Speakers whose "we" is a party of event data: states' officials and bodies, IGOs, oppositions (not activists or reporters). */
    private static final Set<Role> PARTY_ROLES = EnumSet.of(Role.GOV, Role.MIL, Role.LEG, Role.JUD, Role.OPP, Role.IGO);

    private final List<Voice> voices;

    public Voices(List<Voice> voices) {
        this.voices = voices.stream().filter(v -> PARTY_ROLES.contains(v.speaker().role())
                && (v.speaker().country() != null || v.speaker().org() != null)).toList();
    }

    public boolean isEmpty() {
        return voices.isEmpty();
    }

    /** Whether the offset lies inside a quotation whose speaker is known. */
    public boolean covers(int offset) {
        return speakerAt(offset) != null;
    }

    /**
     * The party a first-person word at the offset stands for, or null outside known speakers'
     * quotations: "I" is the speaker; "we" an official's government, else the speaker's body.
     */
    Actor firstPerson(int offset, boolean singular, CueOwner owners) {
        Actor speaker = speakerAt(offset);
        if (speaker == null || singular) {
            return speaker;
        }
        if (speaker.country() != null && speaker.role() == Role.GOV) {
            return owners.government(speaker.country());
        }
        return speaker;
    }

    private Actor speakerAt(int offset) {
        Actor found = null;
        for (Voice v : voices) { // the innermost quotation speaks
            if (v.start() <= offset && offset < v.end()) {
                found = v.speaker();
            }
        }
        return found;
    }
}
