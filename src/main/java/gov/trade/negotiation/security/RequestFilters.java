package gov.trade.negotiation.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Servlet filters around Spring Security's chain. */
@Configuration
class RequestFilters {

    /** First of all (after character encoding), before Spring Security, form parsing and MVC. */
    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(ApiLimits limits, ObjectMapper json) {
        FilterRegistrationBean<RequestBodyLimit> registration =
                new FilterRegistrationBean<>(new RequestBodyLimit(limits.maxBodySize(), json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** After Spring Security, whose request carries the signed-in user. */
    @Bean
    FilterRegistrationBean<EngineRestUser> engineRestUser(IdentityService identityService) {
        FilterRegistrationBean<EngineRestUser> registration =
                new FilterRegistrationBean<>(new EngineRestUser(identityService));
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
