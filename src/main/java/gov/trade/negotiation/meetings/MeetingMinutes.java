package gov.trade.negotiation.meetings;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the action items recorded with the minutes. Used by the BPMN as
 * {@code ${meetingMinutes.actionItems(actionItems)}}: each item becomes one task for the desk. Items travel as
 * JSON strings so that no Java-serialized object is stored in the engine.
 */
@Component("meetingMinutes")
public class MeetingMinutes {

    private final ObjectMapper json;

    public MeetingMinutes(ObjectMapper json) {
        this.json = json;
    }

    public List<String> actionItems(String actionItemsJson) {
        if (actionItemsJson == null || actionItemsJson.isBlank()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        read(actionItemsJson).forEach(item -> items.add(item.toString()));
        return items;
    }

    public String trackOf(String actionItemJson) {
        return read(actionItemJson).path("trackId").asText();
    }

    public String textOf(String actionItemJson) {
        return read(actionItemJson).path("text").asText();
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Action items are not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
