package gov.trade.negotiation.drafts;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import gov.trade.negotiation.security.CurrentUser;

@RestController
@RequestMapping("/api/tracks/{trackId}/drafts")
class DraftApiController {

    private final Drafts drafts;

    DraftApiController(Drafts drafts) {
        this.drafts = drafts;
    }

    record NewVersion(String content, String note) {
    }

    record NewComment(String text) {
    }

    @GetMapping
    List<DraftVersion> versions(CurrentUser user, @PathVariable String trackId) {
        return drafts.versions(user, trackId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    DraftVersion add(CurrentUser user, @PathVariable String trackId, @RequestBody NewVersion version) {
        return drafts.add(user, trackId, version.content(), version.note());
    }

    @GetMapping("/{number}")
    DraftVersion version(CurrentUser user, @PathVariable String trackId, @PathVariable int number) {
        return drafts.version(user, trackId, number);
    }

    @GetMapping("/diff")
    Redline diff(CurrentUser user, @PathVariable String trackId, @RequestParam int from, @RequestParam int to) {
        return drafts.redline(user, trackId, from, to);
    }

    @GetMapping("/{number}/comments")
    List<DraftComment> comments(CurrentUser user, @PathVariable String trackId, @PathVariable int number) {
        return drafts.comments(user, trackId, number);
    }

    @PostMapping("/{number}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    DraftComment comment(CurrentUser user, @PathVariable String trackId, @PathVariable int number,
            @RequestBody NewComment comment) {
        return drafts.comment(user, trackId, number, comment.text());
    }
}
