package gov.trade.negotiation.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.trade.negotiation.security.CurrentUser;

/** The dashboard page, the fragment it polls to stay live, and the CSV exports. */
@Controller
class DashboardPage {

    private final DashboardService dashboards;
    private final DashboardAccess access;
    private final DashboardSettings settings;
    private final ObjectMapper json;

    DashboardPage(DashboardService dashboards, DashboardAccess access, DashboardSettings settings, ObjectMapper json) {
        this.dashboards = dashboards;
        this.access = access;
        this.settings = settings;
        this.json = json;
    }

    @GetMapping("/dashboard")
    String page(CurrentUser user, @RequestParam(required = false) String nation,
            @RequestParam(required = false) String area, Model model) throws JsonProcessingException {
        fill(user, nation, area, model);
        return "dashboard";
    }

    /** The page's content alone: the page fetches it every {@code dashboard.poll-every}. */
    @GetMapping("/dashboard/live")
    String live(CurrentUser user, @RequestParam(required = false) String nation,
            @RequestParam(required = false) String area, Model model) throws JsonProcessingException {
        fill(user, nation, area, model);
        return "dashboard :: content";
    }

    @GetMapping("/dashboard/matrix.csv")
    ResponseEntity<String> matrixCsv(CurrentUser user, @RequestParam(required = false) String nation,
            @RequestParam(required = false) String area) {
        return csv("matrix.csv", CsvExport.matrix(dashboards.complete(access.scopeFor(user, nation, area))));
    }

    @GetMapping("/dashboard/overdue.csv")
    ResponseEntity<String> overdueCsv(CurrentUser user, @RequestParam(required = false) String nation,
            @RequestParam(required = false) String area) {
        return csv("overdue.csv", CsvExport.overdue(dashboards.complete(access.scopeFor(user, nation, area))));
    }

    private void fill(CurrentUser user, String nation, String area, Model model) throws JsonProcessingException {
        Dashboard dashboard = dashboards.of(access.scopeFor(user, nation, area));
        model.addAttribute("user", user);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("signedJson", json.writeValueAsString(dashboard.signedOverTime()));
        model.addAttribute("pollMillis", settings.pollEvery().toMillis());
        model.addAttribute("query", UriComponentsBuilder.newInstance()
                .queryParamIfPresent("nation", Optional.ofNullable(blankToNull(nation)))
                .queryParamIfPresent("area", Optional.ofNullable(blankToNull(area)))
                .build().encode().toUriString());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static ResponseEntity<String> csv(String name, String body) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(body);
    }
}
