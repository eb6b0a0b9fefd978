package gov.trade.negotiation.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import gov.trade.negotiation.security.CurrentUser;

/** Every process's vocabulary by process key; a process without one has note forms, no stages and no readers. */
@Component
public class Vocabularies {

    private final Map<String, ProcessVocabulary> byProcess = new LinkedHashMap<>();

    public Vocabularies(List<ProcessVocabulary> vocabularies) {
        vocabularies.forEach(vocabulary -> byProcess.put(vocabulary.processKey(), vocabulary));
    }

    public ProcessVocabulary of(String processKey) {
        return byProcess.getOrDefault(processKey, NONE);
    }

    /** Every stage of every process, in order, for filters. */
    public List<Stage> stages() {
        List<Stage> stages = new ArrayList<>();
        byProcess.values().forEach(vocabulary -> stages.addAll(vocabulary.stages()));
        return stages;
    }

    /** The task keys of a stage across processes; empty if no process knows the stage. */
    public Optional<List<String>> taskKeysOf(String stageName) {
        List<String> keys = new ArrayList<>();
        boolean known = false;
        for (ProcessVocabulary vocabulary : byProcess.values()) {
            for (Stage stage : vocabulary.stages()) {
                if (stage.name().equals(stageName)) {
                    known = true;
                    keys.addAll(vocabulary.taskKeysOf(stage));
                }
            }
        }
        return known ? Optional.of(keys) : Optional.empty();
    }

    private static final ProcessVocabulary NONE = new ProcessVocabulary() {
        @Override
        public String processKey() {
            return "";
        }

        @Override
        public Optional<Subject> subject(String businessKey) {
            return Optional.empty();
        }

        @Override
        public boolean canRead(CurrentUser user, Subject subject) {
            return false;
        }

        @Override
        public List<? extends Stage> stages() {
            return List.of();
        }

        @Override
        public Optional<? extends Stage> stageOf(String taskKey) {
            return Optional.empty();
        }

        @Override
        public TaskForm formOf(String taskKey) {
            return TaskForm.NOTE;
        }

        @Override
        public Map<String, Object> variables(TaskRef task, FormValues values) {
            return Map.of();
        }

        @Override
        public List<String> context(TaskRef task) {
            return List.of();
        }
    };
}
