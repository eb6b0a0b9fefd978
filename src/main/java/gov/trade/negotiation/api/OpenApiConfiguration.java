package gov.trade.negotiation.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;

import gov.trade.negotiation.problem.ProblemType;
import gov.trade.negotiation.security.CurrentUser;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI description at {@code /v3/api-docs}: title, version, description, licence and contact from the
 * build (pom.xml through Spring Boot's build-info), HTTP Basic as the one scheme the JSON API accepts, and one
 * reusable response per problem type, which the operations name with {@link ApiErrors}.
 */
@Configuration
class OpenApiConfiguration {

    static {
        // the signed-in user is resolved from the request's credentials, never sent as a parameter
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
    }

    static final String BASIC = "basicAuth";
    static final String PROBLEM_SCHEMA = "Problem";

    @Bean
    OpenAPI negotiationOpenApi(ObjectProvider<BuildProperties> buildProvider) {
        Optional<BuildProperties> build = Optional.ofNullable(buildProvider.getIfAvailable());
        Components components = new Components()
                .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("A user of the application and their password (HTTP Basic). Sessions and "
                                + "the sign-in form are for the pages; the JSON API is stateless."))
                .addSchemas(PROBLEM_SCHEMA, problemSchema());
        for (ProblemType type : ProblemType.values()) {
            components.addResponses(ApiErrors.responseName(type), problemResponse(type));
        }
        return new OpenAPI()
                .info(new Info()
                        .title(build.map(BuildProperties::getName).orElse("Trade agreement negotiation workflow"))
                        .version(build.map(BuildProperties::getVersion).orElse("development"))
                        .description(build.map(b -> b.get("description")).orElse(null))
                        .license(new License().name(build.map(b -> b.get("license.name")).orElse(null))
                                .url(build.map(b -> b.get("license.url")).orElse(null)))
                        .contact(new Contact().name(build.map(b -> b.get("contact.name")).orElse(null))
                                .url(build.map(b -> b.get("contact.url")).orElse(null))))
                // relative: the API is where this description was read from, whatever the deployment's address
                .servers(List.of(new Server().url("/").description("This application")))
                .components(components)
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    /**
     * What every operation can answer, documented without repeating it in the code: 401 without credentials, 429 when
     * the caller's address is held back after wrong passwords, 500 when something unexpected fails.
     */
    @Bean
    OpenApiCustomizer everyOperationNeedsSignIn() {
        return openApi -> openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            operation.getResponses().addApiResponse("401", new ApiResponse().$ref(ApiErrors.ref(ProblemType.UNAUTHORIZED)));
            operation.getResponses().addApiResponse("429",
                    new ApiResponse().$ref(ApiErrors.ref(ProblemType.TOO_MANY_SIGN_INS)));
            operation.getResponses().addApiResponse("500", new ApiResponse().$ref(ApiErrors.ref(ProblemType.INTERNAL_ERROR)));
        }));
    }

    @SuppressWarnings("rawtypes")
    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri-reference")
                .description("The problem type: a page of this application that explains it, e.g. /problems/not-found"));
        properties.put("title", new StringSchema().description("A short summary of the problem type"));
        properties.put("status", new IntegerSchema().description("The HTTP status code"));
        properties.put("detail", new StringSchema().description("What went wrong in this case"));
        properties.put("instance", new StringSchema().format("uri-reference").description("The request's path"));
        properties.put("errors", new ObjectSchema().additionalProperties(new StringSchema())
                .description("invalid-input only: each field and what is wrong with it"));
        return new ObjectSchema().properties(properties).required(List.of("type", "title", "status"))
                .description("An RFC 9457 problem details body");
    }

    private static ApiResponse problemResponse(ProblemType type) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.uri().toString());
        example.put("title", type.status().getReasonPhrase());
        example.put("status", type.status().value());
        example.put("detail", type.explanation());
        if (type == ProblemType.INVALID_INPUT) {
            example.put("errors", Map.of("decision", "is required: one of [APPROVE, REQUEST_CHANGES]"));
        }
        return new ApiResponse().description(type.title() + ": " + type.explanation())
                .content(new Content().addMediaType(MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        new io.swagger.v3.oas.models.media.MediaType()
                                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))
                                .addExamples(type.typeName(), new Example().value(example))));
    }
}
