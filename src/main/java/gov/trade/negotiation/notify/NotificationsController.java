package gov.trade.negotiation.notify;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import gov.trade.negotiation.api.ApiErrors;
import gov.trade.negotiation.engine.EngineClock;
import gov.trade.negotiation.problem.ConflictException;
import gov.trade.negotiation.problem.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The outbox for administrators (list, retry) and each user's own mail preference. */
@RestController
@Tag(name = "Notifications", description = "The mail outbox (administrators) and each user's mail preference.")
class NotificationsController {

    private final Outbox outbox;
    private final MailPreferences preferences;
    private final EngineClock clock;

    NotificationsController(Outbox outbox, MailPreferences preferences, EngineClock clock) {
        this.outbox = outbox;
        this.preferences = preferences;
        this.clock = clock;
    }

    /** A row as the API shows it: no bodies, which may be long. */
    record OutboxEntry(long id, String kind, String status, String recipient, String subject, String businessKey,
            String taskId, int attempts, String nextAttemptAt, String lastError, String createdAt, String sentAt) {
        static OutboxEntry of(OutboxMail row) {
            return new OutboxEntry(row.id(), row.kind().name(), row.status().name(), row.recipientEmail(), row.subject(),
                    row.businessKey(), row.taskId(), row.attempts(), String.valueOf(row.nextAttemptAt()),
                    row.lastError(), String.valueOf(row.createdAt()), row.sentAt() == null ? null : row.sentAt().toString());
        }
    }

    @GetMapping("/api/notifications")
    @Operation(operationId = "listOutbox", summary = "List the outbox",
            description = "Mails with status, attempts and last error, newest first, at most `limit` (1 to 5000; "
                    + "administrators only).")
    @ApiResponse(responseCode = "200", description = "The mails")
    @ApiResponse(responseCode = "400", ref = ApiErrors.INVALID_INPUT)
    @ApiResponse(responseCode = "403", ref = ApiErrors.FORBIDDEN)
    List<OutboxEntry> list(@RequestParam Optional<OutboxStatus> status, @RequestParam(defaultValue = "500") int limit) {
        return outbox.list(status, Math.max(1, Math.min(limit, 5000))).stream().map(OutboxEntry::of).toList();
    }

    @PostMapping("/api/notifications/{id}/retry")
    @Operation(operationId = "retryMail", summary = "Send a mail again",
            description = "A waiting or failed mail is sent at the next delivery (administrators only).")
    @ApiResponse(responseCode = "202", description = "Queued for delivery")
    @ApiResponse(responseCode = "400", ref = ApiErrors.INVALID_INPUT)
    @ApiResponse(responseCode = "403", ref = ApiErrors.FORBIDDEN)
    @ApiResponse(responseCode = "409", ref = ApiErrors.CONFLICT)
    ResponseEntity<Void> retry(@PathVariable long id) {
        if (!outbox.retry(id, clock.now())) {
            throw new ConflictException("Mail " + id + " does not exist or is not waiting or failed.");
        }
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/api/notifications/retry-failed")
    @Operation(operationId = "retryFailedMail", summary = "Send every failed mail again",
            description = "Queues every failed mail for the next delivery and says how many (administrators only).")
    @ApiResponse(responseCode = "200", description = "How many were queued, as {\"retried\": n}")
    @ApiResponse(responseCode = "403", ref = ApiErrors.FORBIDDEN)
    Map<String, Integer> retryFailed() {
        return Map.of("retried", outbox.retryAllFailed(clock.now()));
    }

    record PreferenceBody(MailPreference mode) {
    }

    @GetMapping("/api/me/mail-preference")
    @Operation(operationId = "getMailPreference", summary = "Get my mail preference",
            description = "ALL (default), ESSENTIAL (no new-task, reminder or sign-off mail) or DIGEST (those "
                    + "collected into the daily digest).")
    @ApiResponse(responseCode = "200", description = "The preference")
    @ApiResponse(responseCode = "403", ref = ApiErrors.FORBIDDEN)
    PreferenceBody preference(Authentication user) {
        return new PreferenceBody(preferences.of(user.getName()));
    }

    @PutMapping("/api/me/mail-preference")
    @Operation(operationId = "setMailPreference", summary = "Set my mail preference",
            description = "ALL, ESSENTIAL or DIGEST, as {\"mode\": \"DIGEST\"}.")
    @ApiResponse(responseCode = "200", description = "The preference now")
    @ApiResponse(responseCode = "400", ref = ApiErrors.INVALID_INPUT)
    @ApiResponse(responseCode = "403", ref = ApiErrors.FORBIDDEN)
    PreferenceBody setPreference(Authentication user, @RequestBody PreferenceBody body) {
        if (body == null || body.mode() == null) {
            throw new InvalidInputException(Map.of("mode", "must be one of ALL, ESSENTIAL, DIGEST"));
        }
        preferences.set(user.getName(), body.mode());
        return new PreferenceBody(preferences.of(user.getName()));
    }
}
