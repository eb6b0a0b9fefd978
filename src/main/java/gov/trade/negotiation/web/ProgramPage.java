package gov.trade.negotiation.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import gov.trade.negotiation.program.ProgramService;
import gov.trade.negotiation.security.CurrentUser;
import gov.trade.negotiation.security.Groups;

/** The program's progress and failed starts; administrators start it and retry failures here (as on /api/program). */
@Controller
class ProgramPage {

    private final ProgramService programs;

    ProgramPage(ProgramService programs) {
        this.programs = programs;
    }

    @GetMapping("/program")
    String program(CurrentUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("program", programs.current().orElse(null));
        model.addAttribute("isAdmin", user.isIn(Groups.ADMIN));
        return "program";
    }

    @PostMapping("/program")
    String start(CurrentUser user) {
        if (!user.isIn(Groups.ADMIN)) {
            throw new AccessDeniedException("Only administrators start the program.");
        }
        programs.start();
        return "redirect:/program";
    }

    @PostMapping("/program/failures/{id}/retry")
    String retry(@PathVariable String id, CurrentUser user) {
        if (!user.isIn(Groups.ADMIN)) {
            throw new AccessDeniedException("Only administrators retry a failed start.");
        }
        programs.retry(id);
        return "redirect:/program";
    }
}
