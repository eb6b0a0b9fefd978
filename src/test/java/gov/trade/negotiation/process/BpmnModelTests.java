package gov.trade.negotiation.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.config.DeadlineKey;
import gov.trade.negotiation.meetings.MeetingProcess;
import gov.trade.negotiation.program.ProgramProcess;
import gov.trade.negotiation.track.TrackProcess;

/** Checks every BPMN file in {@code processes/} without starting an engine or Spring. */
class BpmnModelTests {

    private static final Path PROCESSES = Path.of("processes");
    private static final Pattern BEAN_REFERENCE = Pattern.compile("\\$\\{(\\w+)\\.");
    private static final Pattern DEADLINE = Pattern.compile("\\$\\{deadlines\\.(dueDate|reminders|escalationAfter)\\('([a-z-]+)'\\)}");
    private static final Set<String> BEANS = applicationBeanNames();

    static Stream<Path> processFiles() throws IOException {
        try (Stream<Path> files = Files.list(PROCESSES)) {
            List<Path> bpmn = files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
            assertThat(bpmn).extracting(path -> path.getFileName().toString())
                    .containsExactly("bilateralTrack.bpmn", "followUpMeetings.bpmn", "negotiationProgram.bpmn");
            return bpmn.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("processFiles")
    void shouldBeValidAndKeepHistoryForALimitedTime(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Bpmn.validateModel(model);

        assertThat(model.getModelElementsByType(Process.class)).singleElement().satisfies(process -> {
            assertThat(process.isExecutable()).isTrue();
            assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
        });
    }

    @ParameterizedTest
    @MethodSource("processFiles")
    void shouldCarryDiagramInterchangeForEveryElement(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Set<String> drawn = Stream.concat(
                model.getModelElementsByType(BpmnShape.class).stream().map(shape -> shape.getBpmnElement().getId()),
                model.getModelElementsByType(BpmnEdge.class).stream().map(edge -> edge.getBpmnElement().getId()))
                .collect(Collectors.toSet());

        assertThat(ids(model.getModelElementsByType(FlowNode.class))).isSubsetOf(drawn);
        assertThat(ids(model.getModelElementsByType(SequenceFlow.class))).isSubsetOf(drawn);
    }

    @ParameterizedTest
    @MethodSource("processFiles")
    void shouldResolveEveryDelegateAndExpressionBeanToAnApplicationBean(Path file) throws IOException {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        model.getModelElementsByType(ServiceTask.class).forEach(task ->
                assertThat(task.getCamundaDelegateExpression()).as(task.getId()).matches("\\$\\{\\w+}"));
        model.getModelElementsByType(MessageEventDefinition.class).stream()
                .filter(message -> message.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.ThrowEvent)
                .forEach(message -> assertThat(message.getCamundaDelegateExpression())
                        .as(message.getParentElement().getAttributeValue("id")).matches("\\$\\{\\w+}"));
        model.getModelElementsByType(CamundaTaskListener.class).forEach(listener ->
                assertThat(listener.getCamundaDelegateExpression()).matches("\\$\\{\\w+}"));

        Matcher references = BEAN_REFERENCE.matcher(Files.readString(file));
        Matcher delegates = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"").matcher(Files.readString(file));
        Set<String> referenced = Stream.concat(references.results(), delegates.results())
                .map(match -> match.group(1)).collect(Collectors.toSet());
        assertThat(referenced).isNotEmpty().isSubsetOf(BEANS);
    }

    /**
     * A reminder (the timer cycle of {@code deadlines.reminders}) and an escalation ({@code deadlines.escalationAfter})
     * per user task: as timeout task listeners calling the shared notify listeners, or as boundary timers with
     * notification end events (the older style); the counterpart's silence is an interrupting timer that changes the flow.
     */
    @ParameterizedTest
    @MethodSource("processFiles")
    void shouldGiveEveryUserTaskAGroupADueDateRemindersAndAnEscalation(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Collection<BoundaryEvent> timers = model.getModelElementsByType(BoundaryEvent.class);

        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            assertThat(task.getCamundaCandidateGroups()).as(task.getId() + " candidate group").isNotBlank();
            String deadline = deadlineKey(task.getCamundaDueDate(), "dueDate");
            assertThat(DeadlineKey.of(deadline)).as(task.getId() + " deadline key").isPresent();
            String name = task.getId().substring("userTask_".length());

            Optional<TimerEventDefinition> reminderListener = timeoutListener(task, "${taskReminder}");
            if (reminderListener.isPresent()) {
                assertThat(deadlineKey(reminderListener.get().getTimeCycle().getTextContent(), "reminders"))
                        .as(task.getId() + " reminder").isEqualTo(deadline);
            } else {
                BoundaryEvent reminder = timer(timers, task, "timer_" + name + "Reminder");
                assertThat(reminder.cancelActivity()).as(reminder.getId() + " interrupts").isFalse();
                assertThat(deadlineKey(timerCycle(reminder), "reminders")).isEqualTo(deadline);
            }

            Optional<TimerEventDefinition> escalationListener = timeoutListener(task, "${taskEscalation}");
            if (escalationListener.isPresent()) {
                assertThat(deadlineKey(escalationListener.get().getTimeDuration().getTextContent(), "escalationAfter"))
                        .as(task.getId() + " escalation").isEqualTo(deadline);
            } else {
                BoundaryEvent escalation = timers.stream()
                        .filter(timer -> timer.getAttachedTo() == task && timer.getId().endsWith("Escalation")
                                || timer.getId().equals(TrackProcess.TIMER_NO_ANSWER_IN_TIME) && timer.getAttachedTo() == task)
                        .findFirst().orElseThrow(() -> new AssertionError(task.getId() + " has no escalation"));
                assertThat(deadlineKey(timerExpression(escalation), "escalationAfter")).isEqualTo(deadline);
                assertThat(escalation.cancelActivity()).as(escalation.getId() + " interrupts")
                        .isEqualTo(escalation.getId().equals(TrackProcess.TIMER_NO_ANSWER_IN_TIME));
            }
        }
    }

    @org.junit.jupiter.api.Test
    void shouldKeepOnlyTheTimersThatChangeTheFlowInTheTrackDiagram() {
        BpmnModelInstance model = Bpmn.readModelFromFile(PROCESSES.resolve("bilateralTrack.bpmn").toFile());

        assertThat(model.getModelElementsByType(BoundaryEvent.class)).extracting(BaseElement::getId)
                .containsExactly(TrackProcess.TIMER_NO_ANSWER_IN_TIME);
        assertThat(model.getModelElementsByType(UserTask.class)).allSatisfy(task ->
                assertThat(timeoutListener(task, "${taskReminder}")).as(task.getId()).isPresent());
    }

    private static Optional<TimerEventDefinition> timeoutListener(UserTask task, String delegateExpression) {
        return task.getExtensionElements() == null ? Optional.empty()
                : task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
                        .filter(listener -> "timeout".equals(listener.getCamundaEvent())
                                && delegateExpression.equals(listener.getCamundaDelegateExpression()))
                        .flatMap(listener -> listener.getTimeouts().stream())
                        .findFirst();
    }

    @ParameterizedTest
    @MethodSource("processFiles")
    void shouldContainEveryElementIdTheCodeNames(Path file) throws IllegalAccessException {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Process process = model.getModelElementsByType(Process.class).iterator().next();
        Class<?> constants = switch (process.getId()) {
            case TrackProcess.KEY -> TrackProcess.class;
            case MeetingProcess.KEY -> MeetingProcess.class;
            case ProgramProcess.KEY -> ProgramProcess.class;
            default -> throw new AssertionError("No constants class for " + process.getId());
        };
        for (Field field : constants.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && field.getName().startsWith("MESSAGE_")) {
                String message = (String) field.get(null);
                assertThat(model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Message.class))
                        .as(constants.getSimpleName() + "." + field.getName())
                        .anySatisfy(declared -> assertThat(declared.getName()).isEqualTo(message));
            } else if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && !field.getName().startsWith("VAR_") && !field.getName().equals("KEY")) {
                String id = (String) field.get(null);
                assertThat((Object) model.getModelElementById(id)).as(constants.getSimpleName() + "." + field.getName())
                        .isNotNull();
            }
        }
    }

    private static BoundaryEvent timer(Collection<BoundaryEvent> timers, UserTask task, String id) {
        return timers.stream()
                .filter(timer -> timer.getId().equals(id) && timer.getAttachedTo() == task)
                .filter(timer -> !timer.getChildElementsByType(TimerEventDefinition.class).isEmpty())
                .findFirst()
                .orElseThrow(() -> new AssertionError(task.getId() + " has no boundary timer " + id));
    }

    private static String timerCycle(BoundaryEvent timer) {
        return timer.getChildElementsByType(TimerEventDefinition.class).iterator().next().getTimeCycle().getTextContent();
    }

    private static String timerExpression(BoundaryEvent timer) {
        return timer.getChildElementsByType(TimerEventDefinition.class).iterator().next().getTimeDuration().getTextContent();
    }

    private static String deadlineKey(String expression, String method) {
        Matcher matcher = DEADLINE.matcher(String.valueOf(expression).trim());
        assertThat(matcher.matches()).as("deadline expression " + expression).isTrue();
        assertThat(matcher.group(1)).isEqualTo(method);
        return matcher.group(2);
    }

    private static Set<String> ids(Collection<? extends BaseElement> elements) {
        return elements.stream().map(BaseElement::getId).collect(Collectors.toSet());
    }

    private static Set<String> applicationBeanNames() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
        return scanner.findCandidateComponents("gov.trade.negotiation").stream()
                .map(definition -> AnnotationBeanNameGenerator.INSTANCE.generateBeanName(definition, registry))
                .collect(Collectors.toSet());
    }
}
