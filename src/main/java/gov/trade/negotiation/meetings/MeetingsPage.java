package gov.trade.negotiation.meetings;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.problem.ConflictException;
import gov.trade.negotiation.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The follow-up meetings of the nations a user may see (as {@code GET /api/meetings}), and for the nation's desk and
 * managers a form that moves the scheduled one (as {@code PUT /api/meetings/{nation}/{n}}: the timer and the calendar
 * update move with it).
 */
@Controller
class MeetingsPage {

    /** One nation's meetings as the page shows them; {@code scheduled} is the one that can be moved, if any. */
    record NationMeetings(String code, String name, List<Meeting> meetings, Meeting scheduled, boolean canChange) {
    }

    private final MeetingHistory history;
    private final MeetingAccess access;
    private final MeetingInvitations invitations;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final NegotiationProperties properties;

    MeetingsPage(MeetingHistory history, MeetingAccess access, MeetingInvitations invitations, RuntimeService runtime,
            ManagementService management, NegotiationProperties properties) {
        this.history = history;
        this.access = access;
        this.invitations = invitations;
        this.runtime = runtime;
        this.management = management;
        this.properties = properties;
    }

    @GetMapping("/meetings")
    String meetings(CurrentUser user, @RequestParam(required = false) String nation, Model model) {
        return show(user, nation, model, Map.of(), Map.of());
    }

    @PostMapping("/meetings/{nation}/{number}/move")
    String move(CurrentUser user, @PathVariable String nation, @PathVariable int number,
            @RequestParam(required = false) String start, Model model, HttpServletResponse response) {
        String code = access.checkMayChange(user, nation);
        String field = code + "-" + number;
        Instant when;
        try {
            if (start == null || start.isBlank()) {
                return invalid(user, code, field, start, "A new date and time is required.", model, response);
            }
            when = instant(start, properties.kickoff().zone());
        } catch (DateTimeParseException e) {
            return invalid(user, code, field, start, "The new date and time must look like 2026-02-06T10:00.", model,
                    response);
        }
        try {
            invitations.reschedule(runtime, management, code, number, when);
        } catch (MeetingNotScheduledException e) {
            throw new ConflictException(e.getMessage());
        }
        return "redirect:/meetings?nation=" + code + "&moved=" + number;
    }

    private String invalid(CurrentUser user, String nation, String field, String start, String error, Model model,
            HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return show(user, nation, model, Map.of(field, error), Map.of(field, start == null ? "" : start));
    }

    private String show(CurrentUser user, String nation, Model model, Map<String, String> errors,
            Map<String, String> submitted) {
        List<NationMeetings> nations = access.visibleNations(user, nation).stream().map(code -> {
            List<Meeting> meetings = history.of(code);
            Meeting scheduled = meetings.stream().filter(m -> m.status() == Meeting.Status.SCHEDULED).reduce((a, b) -> b)
                    .orElse(null);
            return new NationMeetings(code, properties.nation(code).map(NegotiationProperties.Nation::name).orElse(code),
                    meetings, scheduled, access.mayChange(user, code));
        }).toList();
        model.addAttribute("user", user);
        model.addAttribute("nations", nations);
        model.addAttribute("errors", errors);
        model.addAttribute("submitted", submitted);
        return "meetings";
    }

    /** Local in the program's time zone (what a datetime-local field sends) or with an offset, like the API. */
    private static Instant instant(String text, ZoneId zone) {
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException noOffset) {
            return LocalDateTime.parse(value).atZone(zone).toInstant();
        }
    }
}
