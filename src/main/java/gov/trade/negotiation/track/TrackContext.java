package gov.trade.negotiation.track;

import static gov.trade.negotiation.track.TrackProcess.*;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.track.AgreementTexts.Clearance;
import gov.trade.negotiation.track.AgreementTexts.Reviewer;
import gov.trade.negotiation.workflow.TaskRef;

/**
 * A track task's situation in words, from the track's variables and its texts: the party a per-party task is for, the
 * terms it is negotiated on, the round, the latest text, who cleared which version, each party's answer, earlier
 * reasons, what was initialed and signed. Never a variable's name or raw value.
 */
final class TrackContext {

    /** Author prefix of a counterpart's markup (see the drafts module). */
    private static final String COUNTERPART = "counterpart:";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final TrackTexts texts;
    private final NegotiationProperties properties;

    TrackContext(RuntimeService runtimeService, TaskService taskService, TrackTexts texts,
            NegotiationProperties properties) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.texts = texts;
        this.properties = properties;
    }

    List<String> of(TaskRef task) {
        Map<String, Object> v = runtimeService.getVariables(task.processInstanceId());
        String trackId = task.businessKey();
        List<String> lines = new ArrayList<>();
        if (taskService.getVariable(task.id(), VAR_PARTY) instanceof String party) {
            lines.add("For " + partyName(party) + " (one such task per party)");
        }
        if (v.get(VAR_INSTRUMENT) != null) {
            lines.add(terms(v));
        } else if (Boolean.FALSE.equals(v.get(VAR_BLANKET_AUTHORITY))) {
            lines.add("No blanket authority covers this track: authority to negotiate is requested first.");
        }
        if (v.get(VAR_NEGOTIATION_ROUND) instanceof Integer round && round > 0) {
            lines.add("Round " + round + " of " + v.get(VAR_ROUND_LIMIT));
        }
        texts.latest(trackId).ifPresentOrElse(latest -> lines.add("Latest text: version " + latest.number()
                + (latest.author().startsWith(COUNTERPART) ? ", the markup of "
                        + partyName(latest.author().substring(COUNTERPART.length())) : " by " + latest.author())
                + (texts.cleared(trackId, latest.sha256()) ? ", cleared" : ", not yet cleared")),
                () -> lines.add("No draft version yet"));
        for (Reviewer reviewer : Reviewer.values()) {
            texts.clearances(trackId).stream().filter(c -> c.reviewer() == reviewer).reduce((a, b) -> b)
                    .ifPresent(c -> lines.add(clearance(c)));
        }
        reason(lines, v, VAR_AUTHORITY_REASON, "Authority to negotiate returned: ");
        reason(lines, v, VAR_LEGAL_COMMENT, "Legal: ");
        reason(lines, v, VAR_INTERAGENCY_COMMENT, "Interagency: ");
        if (v.get(VAR_SENT_VERSION) != null) {
            lines.add("Version " + v.get(VAR_SENT_VERSION) + " was sent to the counterparts");
        }
        PartyRecords.parse(v.get(VAR_COUNTERPART_ANSWERS)).forEach((party, answer) -> lines.add(partyName(party) + " answered "
                + answer.get("answer").toLowerCase(Locale.ROOT).replace('_', ' ')
                + (answer.containsKey("version") ? " (their text is version " + answer.get("version") + ")" : "")));
        reason(lines, v, VAR_CONFORMITY_COMMENT, "Conformity: ");
        reason(lines, v, VAR_SIGN_OFF_REASON, "Sign-off rejected: ");
        reason(lines, v, VAR_CONCLUDE_REASON, "Authority to conclude returned: ");
        if (v.get(VAR_INITIALED_VERSION) != null) {
            lines.add("Version " + v.get(VAR_INITIALED_VERSION) + " initialed on " + day(v.get(VAR_INITIALED_ON)));
        }
        PartyRecords.parse(v.get(VAR_SIGNATURES)).forEach((party, s) -> lines.add("Signed with " + partyName(party) + " on "
                + day(s.get("on")) + " in " + s.get("at") + " (version " + s.get("version") + ")"));
        PartyRecords.parse(v.get(VAR_DOMESTIC_PROCEDURES)).forEach((side, d) -> lines.add(
                capitalized(partyName(side)) + " completed its domestic procedures on " + day(d.get("completedOn"))));
        if (v.get(VAR_EFFECTIVE_ON) != null) {
            lines.add("In force since " + day(v.get(VAR_EFFECTIVE_ON)));
        }
        return lines;
    }

    /** An ISO date as people read it, 2 Mar 2026; anything else as it is. */
    private static String day(Object iso) {
        try {
            return DAY.format(LocalDate.parse(String.valueOf(iso)).atStartOfDay(ZoneOffset.UTC));
        } catch (DateTimeParseException notADate) {
            return String.valueOf(iso);
        }
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private String partyName(String party) {
        if (TrackParties.UNITED_STATES.equals(party)) {
            return "the United States";
        }
        return properties.nation(party).map(nation -> nation.name() + " (" + party + ")").orElse(party);
    }

    private static String terms(Map<String, Object> v) {
        boolean binding = "BINDING".equals(v.get(VAR_INSTRUMENT));
        String terms = binding ? "Binding international agreement, enters into force "
                + ("ON_NOTIFICATION".equals(v.get(VAR_ENTRY_INTO_FORCE))
                        ? "when both sides notified their domestic procedures" : "on signature")
                : "Non-binding instrument: becomes operative on signature";
        if (binding) {
            terms += Boolean.TRUE.equals(v.get(VAR_CONCLUDE_GRANTED)) ? "; authority to conclude granted"
                    : "; authority to conclude still to be requested";
        }
        return terms + (Boolean.TRUE.equals(v.get(VAR_BLANKET_AUTHORITY)) ? " (blanket authority)" : "");
    }

    private static String clearance(Clearance c) {
        String who = c.reviewer() == Reviewer.LEGAL ? "Legal" : "Interagency";
        return who + " cleared version " + c.version() + " on " + DAY.format(c.clearedAt());
    }

    private static void reason(List<String> lines, Map<String, Object> v, String variable, String prefix) {
        if (v.get(variable) instanceof String text && !text.isBlank()) {
            lines.add(prefix + text);
        }
    }
}
