package gov.trade.negotiation.problem;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Any {@code /api/...} path no other controller serves: 404 as a problem body, like every API error. Hidden from
 * the OpenAPI description: it is no endpoint.
 */
@Hidden
@RestController
class UnknownApiPathController {

    @RequestMapping("/api/**")
    void unknown(HttpServletRequest request) {
        throw new NotFoundException("No API resource at " + request.getRequestURI());
    }
}
