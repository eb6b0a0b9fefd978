package gov.trade.negotiation.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import gov.trade.negotiation.drafts.DraftVersion;
import gov.trade.negotiation.drafts.Drafts;
import gov.trade.negotiation.drafts.RedlineTooComplexException;
import gov.trade.negotiation.meetings.MeetingAccess;
import gov.trade.negotiation.meetings.MeetingQueries;
import gov.trade.negotiation.problem.TooLargeException;
import gov.trade.negotiation.security.CurrentUser;
import gov.trade.negotiation.security.Groups;
import gov.trade.negotiation.track.TimelineEntry;
import gov.trade.negotiation.track.TrackAccess;
import gov.trade.negotiation.track.TrackId;
import gov.trade.negotiation.track.TrackQueries;
import gov.trade.negotiation.track.TrackTimeline;
import gov.trade.negotiation.track.TrackWithdrawal;
import jakarta.servlet.http.HttpServletResponse;

/** The tracks a person may read, the track page with its drafts, redlines and comments. */
@Controller
class TrackPages {

    private final TrackQueries tracks;
    private final TrackAccess access;
    private final TrackTimeline timeline;
    private final Drafts drafts;
    private final MeetingQueries meetings;
    private final ProcessDiagram diagram;
    private final RuntimeService runtimeService;
    private final TrackWithdrawal withdrawal;
    private final MeetingAccess meetingAccess;

    TrackPages(TrackQueries tracks, TrackAccess access, TrackTimeline timeline, Drafts drafts, MeetingQueries meetings,
            ProcessDiagram diagram, RuntimeService runtimeService, TrackWithdrawal withdrawal,
            MeetingAccess meetingAccess) {
        this.tracks = tracks;
        this.access = access;
        this.timeline = timeline;
        this.drafts = drafts;
        this.meetings = meetings;
        this.diagram = diagram;
        this.runtimeService = runtimeService;
        this.withdrawal = withdrawal;
        this.meetingAccess = meetingAccess;
    }

    @GetMapping("/tracks")
    String list(CurrentUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("tracks", tracks.all().stream()
                .filter(track -> access.canRead(user, track.trackId())).toList());
        return "tracks";
    }

    @GetMapping("/tracks/{trackId}")
    String track(CurrentUser user, @PathVariable String trackId, Model model) {
        TrackQueries.Track track = tracks.readable(trackId, user);
        List<DraftVersion> versions = drafts.versions(user, trackId);
        List<TimelineEntry> entries = new ArrayList<>(timeline.of(track.processInstanceId()));
        versions.forEach(version -> entries.add(new TimelineEntry(version.createdAt(), version.author(),
                "Draft version " + version.number() + " added", null, version.note())));
        entries.sort(Comparator.comparing(TimelineEntry::at));
        Set<String> active = track.running()
                ? new HashSet<>(runtimeService.getActiveActivityIds(track.processInstanceId()))
                : Set.of();
        model.addAttribute("user", user);
        model.addAttribute("track", track.summary());
        model.addAttribute("timeline", entries);
        model.addAttribute("versions", versions);
        model.addAttribute("canWriteDrafts", access.canWriteDrafts(user, track.summary().trackId()));
        MeetingQueries.Series series = meetings.seriesOf(track.summary().nation()).orElse(null);
        model.addAttribute("meetings", series);
        model.addAttribute("agenda", series == null ? "" : String.join("\n", readableAgenda(user, series.agenda())));
        model.addAttribute("diagram", diagram.draw(track.processDefinitionId(), active));
        model.addAttribute("canWithdraw", track.running() && user.isIn(Groups.MANAGERS));
        String nation = track.summary().nation();
        model.addAttribute("canSeeMeetings", meetingAccess.maySee(user, nation));
        model.addAttribute("canMoveMeetings", meetingAccess.mayChange(user, nation));
        return "track";
    }

    /** A manager withdraws the track, with a reason (the same as POST /api/tracks/{id}/withdraw). */
    @PostMapping("/tracks/{trackId}/withdraw")
    String withdraw(CurrentUser user, @PathVariable String trackId, @RequestParam(required = false) String reason) {
        withdrawal.withdraw(user, trackId, reason);
        return "redirect:/tracks/" + TrackId.parse(trackId);
    }

    /** The agenda lines ({@code JP-ENERGY: drafting}) of the tracks this reader may read; the agenda names them all. */
    private List<String> readableAgenda(CurrentUser user, String agenda) {
        if (agenda == null) {
            return List.of();
        }
        return agenda.lines().filter(line -> {
            try {
                return access.canRead(user, TrackId.parse(line.substring(0, Math.max(0, line.indexOf(':'))).strip()));
            } catch (IllegalArgumentException notATrackLine) {
                return false;
            }
        }).toList();
    }

    @PostMapping("/tracks/{trackId}/drafts")
    String addDraft(CurrentUser user, @PathVariable String trackId, @RequestParam(required = false) String content,
            @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String note)
            throws IOException {
        String text = content;
        if (file != null && !file.isEmpty()) {
            if (file.getSize() > Drafts.MAX_BYTES) {
                throw new TooLargeException("The file is over " + Drafts.MAX_BYTES + " bytes.");
            }
            text = new String(file.getBytes(), StandardCharsets.UTF_8);
        }
        DraftVersion version = drafts.add(user, trackId, text, note);
        return "redirect:/tracks/" + TrackId.parse(trackId) + "/drafts/" + version.number();
    }

    @GetMapping("/tracks/{trackId}/drafts/{number}")
    String draft(CurrentUser user, @PathVariable String trackId, @PathVariable int number, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("trackId", tracks.readable(trackId, user).summary().id());
        model.addAttribute("version", drafts.version(user, trackId, number));
        model.addAttribute("comments", drafts.comments(user, trackId, number));
        model.addAttribute("versions", drafts.versions(user, trackId));
        return "draft";
    }

    @PostMapping("/tracks/{trackId}/drafts/{number}/comments")
    String comment(CurrentUser user, @PathVariable String trackId, @PathVariable int number, @RequestParam String text) {
        drafts.comment(user, trackId, number, text);
        return "redirect:/tracks/" + TrackId.parse(trackId) + "/drafts/" + number;
    }

    @GetMapping("/tracks/{trackId}/redline")
    String redline(CurrentUser user, @PathVariable String trackId, @RequestParam int from, @RequestParam int to,
            Model model, HttpServletResponse response) {
        model.addAttribute("user", user);
        model.addAttribute("trackId", tracks.readable(trackId, user).summary().id());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        try {
            model.addAttribute("redline", drafts.redline(user, trackId, from, to));
        } catch (RedlineTooComplexException tooComplex) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("tooComplex", true);
        }
        return "redline";
    }
}
