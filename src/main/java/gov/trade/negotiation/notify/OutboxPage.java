package gov.trade.negotiation.notify;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import gov.trade.negotiation.engine.EngineClock;
import gov.trade.negotiation.security.CurrentUser;

/** The Outbox page for administrators: every mail, its status and error, with retry. */
@Controller
class OutboxPage {

    private final Outbox outbox;
    private final OutboxDelivery delivery;
    private final EngineClock clock;

    OutboxPage(Outbox outbox, OutboxDelivery delivery, EngineClock clock) {
        this.outbox = outbox;
        this.delivery = delivery;
        this.clock = clock;
    }

    @GetMapping("/admin/outbox")
    String outbox(@RequestParam Optional<OutboxStatus> status, Model model, CurrentUser user) {
        model.addAttribute("user", user);
        model.addAttribute("mails", outbox.list(status, 500));
        Map<String, Long> counts = new HashMap<>();
        outbox.countByStatus().forEach((key, count) -> counts.put(key.name(), count));
        model.addAttribute("counts", counts);
        model.addAttribute("statuses", OutboxStatus.values());
        model.addAttribute("selected", status.orElse(null));
        model.addAttribute("mailServer", delivery.mailServerConfigured());
        return "outbox";
    }

    @PostMapping("/admin/outbox/{id}/retry")
    String retry(@PathVariable long id) {
        outbox.retry(id, clock.now());
        return "redirect:/admin/outbox";
    }

    @PostMapping("/admin/outbox/retry-failed")
    String retryFailed() {
        outbox.retryAllFailed(clock.now());
        return "redirect:/admin/outbox";
    }
}
