package gov.trade.negotiation.api;

import gov.trade.negotiation.problem.ProblemType;

/**
 * References to the documented problem responses, for {@code @ApiResponse(responseCode = "404", ref = ApiErrors.NOT_FOUND)}
 * on an operation. Each is an {@code application/problem+json} body of its {@link ProblemType}.
 */
public final class ApiErrors {

    public static final String INVALID_INPUT = "#/components/responses/InvalidInput";
    public static final String FORBIDDEN = "#/components/responses/Forbidden";
    public static final String NOT_FOUND = "#/components/responses/NotFound";
    public static final String CONFLICT = "#/components/responses/Conflict";
    public static final String TOO_LARGE = "#/components/responses/TooLarge";
    public static final String REDLINE_TOO_COMPLEX = "#/components/responses/RedlineTooComplex";

    private ApiErrors() {
    }

    static String responseName(ProblemType type) {
        StringBuilder name = new StringBuilder();
        for (String part : type.typeName().split("-")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }

    static String ref(ProblemType type) {
        return "#/components/responses/" + responseName(type);
    }
}
