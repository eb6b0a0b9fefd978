package gov.trade.negotiation.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code negotiation.api.max-body-size}: the largest request body accepted (default 3MB, room for a 1 MiB draft
 * escaped as JSON).
 */
@ConfigurationProperties(prefix = "negotiation.api")
record ApiLimits(DataSize maxBodySize) {

    ApiLimits {
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(3) : maxBodySize;
    }
}
