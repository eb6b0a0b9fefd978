package gov.trade.negotiation.problem;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.http.HttpStatus;

/**
 * The problem types of the JSON API: the {@code type} of every RFC 9457 body, its status, and what a client
 * should make of it. Each type URI is {@code /problems/{name}}, a page of this application that explains it.
 * The URI is a relative reference (RFC 9457 allows it; it resolves against the API's own address), so the type
 * a client compares stays the same on every deployment. The names are stable: clients may rely on them.
 */
public enum ProblemType {

    INVALID_INPUT("invalid-input", HttpStatus.BAD_REQUEST, "Invalid input",
            "A field, parameter or body is missing or wrong: a form without its decision, a rejection without a reason, "
                    + "an unknown stage or nation, a page size over the maximum, a body that is not JSON. The "
                    + "'errors' member names each field and what is wrong with it. Nothing was changed.",
            "Correct the fields named and send the request again."),
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Not signed in",
            "The request carried no credentials, or wrong ones. The JSON API takes HTTP Basic credentials of a user "
                    + "of the application.",
            "Send the request again with an Authorization header (HTTP Basic)."),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Not allowed for your groups",
            "You are signed in, but your groups do not allow this: a track of another nation's desk, a task that "
                    + "belongs to other groups, starting the program without being an administrator.",
            "Ask someone in the groups named in the task or track, or an administrator, to act."),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found",
            "There is no track, task, draft version or API resource at that address.",
            "Check the id: track ids look like JP-CRITICAL_MINERALS; task ids come from GET /api/tasks."),
    CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict with the current state",
            "The request came too late or collided with someone else's: the task was completed or claimed "
                    + "meanwhile, or the meeting is no longer scheduled.",
            "Reload the task or meeting and decide again; nothing was changed by this request."),
    TOO_LARGE("too-large", HttpStatus.PAYLOAD_TOO_LARGE, "Too large",
            "The request body, upload or text is over its size limit (a draft version holds at most 1 MiB; a request "
                    + "body at most negotiation.api.max-body-size, 3 MB by default). The body was not read.",
            "Send a shorter text, or split the document."),
    REDLINE_TOO_COMPLEX("redline-too-complex", HttpStatus.UNPROCESSABLE_ENTITY, "Redline too complex",
            "The two draft versions differ so much that a line-by-line redline could not be computed within its time "
                    + "budget (negotiation.drafts.redline-budget). The answer is stored: asking again gives the same.",
            "Compare the two versions side by side, or ask for a redline between versions closer to each other."),
    TOO_MANY_SIGN_INS("too-many-sign-ins", HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins",
            "Too many wrong passwords came from your address for this account (or for any account). Your address "
                    + "waits before it may try again; nobody's account is locked, and other addresses are not held back.",
            "Wait the number of seconds in the Retry-After header, then sign in with the right password."),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
            "Something failed on the server. The details are in the server's log under the reference given in the "
                    + "body; the answer never shows internal messages.",
            "Try again later; if it persists, give the reference to an administrator.");

    /** Where the explanations live; every type URI starts with it. */
    public static final String BASE = "/problems/";

    private final String name;
    private final HttpStatus status;
    private final String title;
    private final String explanation;
    private final String whatToDo;

    ProblemType(String name, HttpStatus status, String title, String explanation, String whatToDo) {
        this.name = name;
        this.status = status;
        this.title = title;
        this.explanation = explanation;
        this.whatToDo = whatToDo;
    }

    /** The stable name in the type URI, e.g. {@code not-found}. */
    public String typeName() {
        return name;
    }

    public URI uri() {
        return URI.create(BASE + name);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String explanation() {
        return explanation;
    }

    public String whatToDo() {
        return whatToDo;
    }

    public static Optional<ProblemType> named(String name) {
        return Arrays.stream(values()).filter(type -> type.name.equals(name)).findFirst();
    }
}
