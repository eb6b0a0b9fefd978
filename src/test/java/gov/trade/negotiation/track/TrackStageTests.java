package gov.trade.negotiation.track;

import static gov.trade.negotiation.track.TrackProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Stages as data: every task of the model has one stage, the order decides, the page's colours are the enum's. */
class TrackStageTests {

    @Test
    void shouldGiveEveryUserTaskOfTheTrackExactlyOneStage() {
        List<String> userTasks = Bpmn.readModelFromFile(Path.of("processes/bilateralTrack.bpmn").toFile())
                .getModelElementsByType(UserTask.class).stream().map(UserTask::getId).toList();

        assertThat(Arrays.stream(TrackStage.values()).flatMap(stage -> stage.taskKeys().stream()))
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(userTasks);
    }

    static Stream<Arguments> openTasks() {
        return Stream.of(
                Arguments.of(List.of(), TrackStage.OPENING),
                Arguments.of(List.of("userTask_fromAnOlderVersion"), TrackStage.OPENING),
                Arguments.of(List.of(USER_TASK_LEGAL_REVIEW, USER_TASK_INTERAGENCY_REVIEW), TrackStage.INTERNAL_REVIEW),
                Arguments.of(List.of(USER_TASK_DOMESTIC_PROCEDURES, USER_TASK_TRANSMIT_TEXT), TrackStage.SIGNED),
                Arguments.of(List.of(USER_TASK_TRANSMIT_TEXT, USER_TASK_REPORT_TO_CONGRESS), TrackStage.IN_FORCE),
                Arguments.of(List.of(USER_TASK_CLOSE_TRACK), TrackStage.REPORTED),
                Arguments.of(List.of(USER_TASK_SIGN, USER_TASK_SIGN), TrackStage.CLEARED_FOR_SIGNATURE));
    }

    @ParameterizedTest
    @MethodSource("openTasks")
    void shouldBeInTheEarliestStageOfItsOpenTasks(List<String> taskKeys, TrackStage expected) {
        assertThat(TrackStage.ofOpenTasks(taskKeys)).isEqualTo(expected);
    }

    @Test
    void shouldCountAWithdrawalEndingAsWithdrawnAndAnyOtherAsClosed() {
        assertThat(Stream.of(END_EVENT_WITHDRAWN, END_EVENT_WITHDRAWN_BY_ORDER, SUB_PROCESS_WITHDRAWAL)
                .map(TrackStage::ofEndEvent)).containsOnly(TrackStage.WITHDRAWN);
        assertThat(TrackStage.ofEndEvent(END_EVENT_CLOSED)).isEqualTo(TrackStage.CLOSED);
    }

    @ParameterizedTest
    @EnumSource(TrackStage.class)
    void shouldBeDrawnInItsOwnColoursOnThePages(TrackStage stage) throws IOException {
        String css = Files.readString(Path.of("src/main/resources/static/css/app.css"));

        assertThat(css).contains(".stage-" + stage.name() + " { background: " + stage.background() + "; color: "
                + stage.foreground() + "; }");
    }

    @Test
    void shouldMakeProgressAlongTheWayAndNoneWhenWithdrawn() {
        assertThat(Arrays.stream(TrackStage.values()).filter(TrackStage::isOpen).map(TrackStage::progress))
                .isSortedAccordingTo(Integer::compare);
        assertThat(TrackStage.CLOSED.progress()).isEqualTo(TrackStage.FINAL_PROGRESS);
        assertThat(TrackStage.WITHDRAWN.progress()).isZero();
    }
}
