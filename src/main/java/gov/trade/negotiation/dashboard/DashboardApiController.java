package gov.trade.negotiation.dashboard;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import gov.trade.negotiation.api.ApiErrors;
import gov.trade.negotiation.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/dashboard")
@Tag(name = "Dashboard", description = "The figures of the program dashboard.")
class DashboardApiController {

    private final DashboardService dashboards;
    private final DashboardAccess access;

    DashboardApiController(DashboardService dashboards, DashboardAccess access) {
        this.dashboards = dashboards;
        this.access = access;
    }

    /**
     * The figures of the dashboard page: the whole program for managers, the principal and administrators (or the
     * row or column they ask for), a desk's row, an area lead's column.
     */
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getDashboard", summary = "Get the dashboard's figures",
            description = "The nation x area matrix, totals, overdue and stalled work, cycle times, deadlines, "
                    + "meetings and signed agreements: the whole program for managers, the principal and "
                    + "administrators (or the row or column they ask for), a desk's row, an area lead's column.")
    @ApiResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = Dashboard.class)))
    @ApiResponse(responseCode = "403", ref = ApiErrors.FORBIDDEN)
    ResponseEntity<?> dashboard(CurrentUser user, @RequestParam(required = false) String nation,
            @RequestParam(required = false) String area) {
        Scope scope = access.scopeFor(user, nation, area);
        if (scope.everything()) {
            // the stored snapshot as it is: no parsing and writing again per request
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(dashboards.programJson());
        }
        return ResponseEntity.ok(dashboards.of(scope));
    }
}
