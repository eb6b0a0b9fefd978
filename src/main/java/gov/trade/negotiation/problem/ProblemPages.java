package gov.trade.negotiation.problem;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.swagger.v3.oas.annotations.Hidden;

/** The pages the problem type URIs point to: public, so a client can read them without signing in. */
@Controller
@Hidden
class ProblemPages {

    @GetMapping("/problems")
    String all(Model model) {
        model.addAttribute("types", ProblemType.values());
        return "problems";
    }

    @GetMapping("/problems/{name}")
    String one(@PathVariable String name, Model model) {
        model.addAttribute("type", ProblemType.named(name)
                .orElseThrow(() -> new NotFoundException("No problem type " + name)));
        return "problem";
    }
}
