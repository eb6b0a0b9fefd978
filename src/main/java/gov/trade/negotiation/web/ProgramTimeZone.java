package gov.trade.negotiation.web;

import java.time.ZoneId;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import gov.trade.negotiation.config.NegotiationProperties;

/** Pages show times in the program's time zone (the kickoff's), whatever the server's zone is. */
@ControllerAdvice(annotations = Controller.class)
class ProgramTimeZone {

    private final ZoneId zone;

    ProgramTimeZone(NegotiationProperties properties) {
        this.zone = properties.kickoff().zone();
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return zone;
    }
}
