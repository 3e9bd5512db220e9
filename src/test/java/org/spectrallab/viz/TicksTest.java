package org.spectrallab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TicksTest {

    private static List<String> majorLabels(List<Ticks.Tick> ticks) {
        return ticks.stream().filter(Ticks.Tick::isMajor)
                .map(t -> t.exponent() == null ? t.label() : t.label() + "^" + t.exponent())
                .toList();
    }

    @Test
    void linearTicksUseOneTwoFiveSteps() {
        assertEquals(List.of("0.0", "0.2", "0.4", "0.6", "0.8", "1.0"),
                majorLabels(Ticks.linear(0, 1, 5)));
        assertEquals(List.of("\u221210", "0", "10", "20"), majorLabels(Ticks.linear(-13, 24, 4)));
    }

    @Test
    void logTicksArePowersOfTenWithMinorTicksBetween() {
        List<Ticks.Tick> ticks = Ticks.log(0.0025, 25);

        assertEquals(List.of("10^\u22122", "10^\u22121", "10^0", "10^1"), majorLabels(ticks));
        // minor ticks m x 10^k, m = 2..9, inside the range: 0.003..0.009, three full
        // decades (0.02..0.09, 0.2..0.9, 2..9) and 20
        assertEquals(7 + 8 + 8 + 8 + 1, ticks.stream().filter(t -> !t.isMajor()).count());
    }

    @Test
    void narrowLogRangeFallsBackToLinearLabels() {
        assertEquals(List.of("2", "3", "4", "5"), majorLabels(Ticks.log(1.5, 5.5)));
    }

    @Test
    void largeValuesUseScientificNotation() {
        assertEquals("1.5e5", Ticks.format(150_000, 50_000, 200_000));
        assertEquals("5e\u22124", Ticks.format(5e-4, 1e-4, 5e-4));
    }
}
