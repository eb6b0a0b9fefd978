package gov.trade.negotiation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class NegotiationApplication {

    public static void main(String[] args) {
        SpringApplication.run(NegotiationApplication.class, args);
    }
}
