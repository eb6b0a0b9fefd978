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

import gov.trade.negotiation.api.ApiErrors;
import gov.trade.negotiation.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/tracks/{trackId}/drafts")
@Tag(name = "Drafts", description = "Versions of a track's agreement text, redlines between them, and comments.")
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
    @Operation(operationId = "listDraftVersions", summary = "List a track's draft versions",
            description = "Every version of the agreement text (number, author, time, note, length), oldest first.")
    @ApiResponse(responseCode = "200", description = "The versions")
    @ApiResponse(responseCode = "403", ref = ApiErrors.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = ApiErrors.NOT_FOUND)
    List<DraftVersion> versions(CurrentUser user, @PathVariable String trackId) {
        return drafts.versions(user, trackId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addDraftVersion", summary = "Add a draft version",
            description = "A new version of the text (at most 1 MiB) with a note: the nation's desk, the area's "
                    + "leads, legal and interagency.")
    @ApiResponse(responseCode = "201", description = "The version added")
    @ApiResponse(responseCode = "400", ref = ApiErrors.INVALID_INPUT)
    @ApiResponse(responseCode = "403", ref = ApiErrors.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = ApiErrors.NOT_FOUND)
    @ApiResponse(responseCode = "413", ref = ApiErrors.TOO_LARGE)
    DraftVersion add(CurrentUser user, @PathVariable String trackId, @RequestBody NewVersion version) {
        return drafts.add(user, trackId, version.content(), version.note());
    }

    @GetMapping("/{number}")
    @Operation(operationId = "getDraftVersion", summary = "Get a draft version", description = "One version with its text.")
    @ApiResponse(responseCode = "200", description = "The version")
    @ApiResponse(responseCode = "403", ref = ApiErrors.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = ApiErrors.NOT_FOUND)
    DraftVersion version(CurrentUser user, @PathVariable String trackId, @PathVariable int number) {
        return drafts.version(user, trackId, number);
    }

    @GetMapping("/diff")
    @Operation(operationId = "diffDraftVersions", summary = "Redline between two versions",
            description = "The lines of version `to` against version `from`: unchanged, added or removed. Computed "
                    + "once per pair and stored; two versions too different to diff within the time budget get 422.")
    @ApiResponse(responseCode = "200", description = "The redline")
    @ApiResponse(responseCode = "400", ref = ApiErrors.INVALID_INPUT)
    @ApiResponse(responseCode = "403", ref = ApiErrors.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = ApiErrors.NOT_FOUND)
    @ApiResponse(responseCode = "422", ref = ApiErrors.REDLINE_TOO_COMPLEX)
    Redline diff(CurrentUser user, @PathVariable String trackId, @RequestParam int from, @RequestParam int to) {
        return drafts.redline(user, trackId, from, to);
    }

    @GetMapping("/{number}/comments")
    @Operation(operationId = "listDraftComments", summary = "List comments on a version",
            description = "Comments on one version, oldest first.")
    @ApiResponse(responseCode = "200", description = "The comments")
    @ApiResponse(responseCode = "403", ref = ApiErrors.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = ApiErrors.NOT_FOUND)
    List<DraftComment> comments(CurrentUser user, @PathVariable String trackId, @PathVariable int number) {
        return drafts.comments(user, trackId, number);
    }

    @PostMapping("/{number}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addDraftComment", summary = "Comment on a version",
            description = "Anyone who may read the track may comment on its versions.")
    @ApiResponse(responseCode = "201", description = "The comment added")
    @ApiResponse(responseCode = "400", ref = ApiErrors.INVALID_INPUT)
    @ApiResponse(responseCode = "403", ref = ApiErrors.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = ApiErrors.NOT_FOUND)
    DraftComment comment(CurrentUser user, @PathVariable String trackId, @PathVariable int number,
            @RequestBody NewComment comment) {
        return drafts.comment(user, trackId, number, comment.text());
    }
}
