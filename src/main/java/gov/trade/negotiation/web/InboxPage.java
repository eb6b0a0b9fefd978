package gov.trade.negotiation.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.security.CurrentUser;
import gov.trade.negotiation.tasks.InboxFilter;
import gov.trade.negotiation.tasks.TaskDirectory;

@Controller
class InboxPage {

    private final TaskDirectory tasks;
    private final NegotiationProperties properties;

    InboxPage(TaskDirectory tasks, NegotiationProperties properties) {
        this.tasks = tasks;
        this.properties = properties;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/inbox";
    }

    @GetMapping("/inbox")
    String inbox(CurrentUser user, Model model, @RequestParam(required = false) String nation,
            @RequestParam(required = false) String area, @RequestParam(required = false) String stage,
            @RequestParam(defaultValue = "false") boolean overdue) {
        InboxFilter filter = new InboxFilter(nation, area, stage, overdue);
        model.addAttribute("user", user);
        model.addAttribute("filter", filter);
        model.addAttribute("tasks", tasks.inbox(user, filter));
        model.addAttribute("nations", properties.nations());
        model.addAttribute("areas", properties.areas());
        model.addAttribute("stages", tasks.stages());
        return "inbox";
    }
}
