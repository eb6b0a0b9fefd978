package gov.trade.negotiation.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class TrackLoggingFilterTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "none", value = {
            "/tracks/JP-ENERGY, JP-ENERGY",
            "/tracks/JP-CRITICAL_MINERALS/drafts/2, JP-CRITICAL_MINERALS",
            "/api/tracks/KR-SEMICONDUCTORS, KR-SEMICONDUCTORS",
            "/api/tracks/KR-SEMICONDUCTORS/drafts/diff, KR-SEMICONDUCTORS",
            "/tracks, none",
            "/api/tracks, none",
            "/inbox, none",
            "/tracks/<script>, none"})
    void shouldFindTheTrackIdInThePath(String path, String trackId) {
        assertThat(TrackLoggingFilter.trackIdOf(path).orElse(null)).isEqualTo(trackId);
    }

    @Test
    void shouldCarryTheTrackIdWhileTheRequestRunsAndDropItAfterwards() throws Exception {
        List<String> seen = new ArrayList<>();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/tracks/JP-ENERGY/drafts");

        new TrackLoggingFilter().doFilter(request, new MockHttpServletResponse(),
                (req, res) -> seen.add(MDC.get(TrackLoggingFilter.MDC_KEY)));

        assertThat(seen).containsExactly("JP-ENERGY");
        assertThat(MDC.get(TrackLoggingFilter.MDC_KEY)).isNull();
    }
}
