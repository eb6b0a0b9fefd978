package gov.trade.negotiation.track;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What each party did in a per-party step, kept as a JSON process variable (never a Java-serialized one), e.g.
 * {@code {"JP": {"answer": "MARKUP", "version": "4"}}}.
 */
final class PartyRecords {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PartyRecords() {
    }

    static Map<String, Map<String, String>> parse(Object json) {
        if (!(json instanceof String text) || text.isBlank()) {
            return new LinkedHashMap<>();
        }
        try {
            return JSON.readValue(text, new TypeReference<LinkedHashMap<String, Map<String, String>>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not a party record: " + text, e);
        }
    }

    static String write(Map<String, Map<String, String>> records) {
        try {
            return JSON.writeValueAsString(records);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
