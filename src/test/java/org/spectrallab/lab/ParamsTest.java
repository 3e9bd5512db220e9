package org.spectrallab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.spectrallab.Log;
import org.spectrallab.viz.Slider;

/** Parameters declared by a lab and set while it runs: ranges, kinds, names, listeners. */
class ParamsTest {

    private static Params params(String... overrides) {
        Properties properties = new Properties();
        for (int i = 0; i < overrides.length; i += 2) {
            properties.setProperty(Params.PREFIX + overrides[i], overrides[i + 1]);
        }
        return new Params(properties);
    }

    @Test
    void setClampsAValueOutsideTheRangeAndSaysSo() {
        Params params = params();
        params.integer("k", 10, 1, 49);
        try (Log.Capture log = Log.capture()) {
            assertEquals(49, params.set("k", 80));
            assertEquals(List.of("warning: parameter k = 80 is outside [1, 49]; using 49"),
                    log.warnings());
        }
        assertEquals(49, params.integer("k", 10, 1, 49));
    }

    @Test
    void setOfAnUnknownNameListsTheKnownOnes() {
        Params params = params();
        params.integer("k", 10, 1, 49);
        params.real("eps", 2.5, 0.1, 100);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> params.set("kk", 3));
        assertTrue(e.getMessage().contains("no parameter 'kk'"), e.getMessage());
        assertTrue(e.getMessage().contains("it knows k, eps"), e.getMessage());
    }

    @Test
    void setRefusesAFractionForAWholeNumber() {
        Params params = params();
        params.integer("k", 10, 1, 49);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> params.set("k", 15.5));
        assertTrue(e.getMessage().contains("takes a whole number, not 15.5"), e.getMessage());
        assertEquals(10, params.value("k"));
    }

    @Test
    void setAcceptsWholeNumbersAsDoublesAndTextAsNumbers() {
        Params params = params();
        params.integer("k", 10, 1, 49);
        params.real("eps", 2.5, 0.1, 100);
        assertEquals(15, params.set("k", 15.0));
        assertEquals(7.5, params.set("eps", "7.5"));
    }

    @Test
    void listenersHearChangesOnly() {
        Params params = params();
        params.integer("k", 10, 1, 49);
        List<String> heard = new ArrayList<>();
        params.onChange((name, value) -> heard.add(name + "=" + value));
        params.set("k", 12);
        params.set("k", 12);
        params.set("k", 13);
        assertEquals(List.of("k=12", "k=13"), heard);
    }

    @Test
    void rereadingKeepsASetValueButFollowsANewDefaultOtherwise() {
        Params params = params();
        params.real("eps", 2.5, 0.1, 100);
        params.integer("k", 10, 1, 49);
        params.set("k", 30);

        assertEquals(3.5, params.real("eps", 3.5, 0.1, 100));
        assertEquals(30, params.integer("k", 10, 1, 49));
    }

    @Test
    void aNarrowerRangeOnRereadClampsTheSetValue() {
        Params params = params();
        params.integer("k", 10, 1, 49);
        params.set("k", 40);
        try (Log.Capture log = Log.capture()) {
            assertEquals(19, params.integer("k", 10, 1, 19));
            assertEquals(1, log.warnings().size());
            assertEquals(19, params.integer("k", 10, 1, 19));
            assertEquals(1, log.warnings().size(), "the same clamp is reported once");
        }
    }

    @Test
    void commandLineValuesAreClampedAsBefore() {
        Params params = params("k", "500");
        try (Log.Capture log = Log.capture()) {
            assertEquals(49, params.integer("k", 10, 1, 49));
            assertEquals(1, log.warnings().size());
        }
        assertTrue(params.unusedOverrides().isEmpty());
    }

    @Test
    void aCommandLineValueBelowAHardMinimumIsRefusedWithTheReasonAndTheRange() {
        Params params = params("k", "0");
        params.hardMinimum("k", "each image needs at least one neighbour");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> params.integer("k", 10, 1, 49));
        assertEquals("parameter k = 0 is below 1, the least it can be: each image needs at "
                + "least one neighbour. Give k in [1, 49], e.g. --k 10", e.getMessage());
    }

    @Test
    void setBelowAHardMinimumIsRefusedAndKeepsTheValue() {
        Params params = params();
        params.integer("perClass", 50, 5, 6000);
        params.hardMinimum("perClass", "the labs need 5 images of each class");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> params.set("perClass", 1));
        assertTrue(e.getMessage().contains("params.set(\"perClass\", 50)"), e.getMessage());
        assertEquals(50, params.value("perClass"));
    }

    @Test
    void aNegativeValueFromTheCommandLineForAPositiveRangeIsRefusedWithTheFix() {
        Params params = params("eps", "-1");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> params.real("eps", 52.0234, 1e-6, 1e6));
        assertEquals("parameter eps = -1.0 is refused: it must be > 0 (its range is [1.0E-6, "
                + "1000000.0]); give a positive value, e.g. --eps 52.02 (the default)",
                e.getMessage());
    }

    @Test
    void setRefusesZeroForAPositiveRangeAndKeepsTheValue() {
        Params params = params();
        params.integer("perClass", 50, 1, 6000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> params.set("perClass", 0));
        assertTrue(e.getMessage().contains("e.g. params.set(\"perClass\", 50)"), e.getMessage());
        assertEquals(50, params.value("perClass"));
    }

    @Test
    void aHardMinimumStillClampsAboveTheMaximum() {
        Params params = params("k", "80");
        params.hardMinimum("k", "each image needs at least one neighbour");
        try (Log.Capture log = Log.capture()) {
            assertEquals(49, params.integer("k", 10, 1, 49));
            assertEquals(1, log.warnings().size());
        }
    }

    @Test
    void aNegativeValueForARangeFromZeroIsStillClamped() {
        Params params = params();
        params.real("t", 4, 0, 1000);
        try (Log.Capture log = Log.capture()) {
            assertEquals(0.0, params.set("t", -1));
            assertEquals(List.of("warning: parameter t = -1.0 is outside [0.0, 1000.0]; using "
                    + "0.0"), log.warnings());
        }
    }

    @Test
    void aWholeNumberTooLargeForItsTypeNamesTheRange() {
        Params params = params("seed", "99999999999");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> params.integer("seed", 0, 0, Integer.MAX_VALUE));
        assertEquals("parameter seed = 99999999999 is too large: seed takes whole numbers in "
                + "[0, 2147483647]. Give one in that range, e.g. --seed 0", e.getMessage());
    }

    @Test
    void setOfAWholeNumberTooLargeForItsTypeNamesTheRange() {
        Params params = params();
        params.integer("seed", 0, 0, Integer.MAX_VALUE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> params.set("seed", 99_999_999_999L));
        assertTrue(e.getMessage().contains("[0, 2147483647]"), e.getMessage());
    }

    @Test
    void isGivenTellsACommandLineOrSetValueFromTheDefault() {
        Params params = params("eps", "1");
        params.real("eps", 35.2, 1e-6, 1e6);
        params.integer("k", 10, 1, 49);
        assertTrue(params.isGiven("eps"));
        assertFalse(params.isGiven("k"));
        params.set("k", 12);
        assertTrue(params.isGiven("k"));
        assertFalse(params.isGiven("never-declared"));
    }

    @Test
    void readingANameWithAnotherKindIsRefused() {
        Params params = params();
        params.integer("k", 10, 1, 49);
        assertThrows(IllegalArgumentException.class, () -> params.real("k", 1, 0, 2));
    }

    @Test
    void sliderNarrowsTheRangeAndWideRatiosMoveLogarithmically() {
        Params params = params();
        params.real("eps", 100, 1e-6, 1e6);
        params.slider("eps", 5, 2000);
        params.integer("k", 10, 1, 49);
        params.text("dataset", "mnist");

        Slider eps = params.sliderOf("eps", List.of("gram-eigenmap"));
        assertEquals(5, eps.min());
        assertEquals(2000, eps.max());
        assertTrue(eps.logarithmic());
        assertFalse(params.sliderOf("k", List.of()).logarithmic());
        assertTrue(params.sliderOf("k", List.of()).whole());
        assertNull(params.sliderOf("dataset", List.of()), "text has no slider");
    }

    @Test
    void printsEveryParameterWithItsRange() {
        Params params = params();
        params.integer("k", 10, 1, 49);
        params.text("dataset", "mnist");
        assertEquals("k = 10 [1, 49], dataset = mnist", params.toString());
    }

    @Test
    void aChoiceFromTheCommandLineOutsideItsValuesIsRefusedWithThemAndAnExample() {
        Params params = params("kernel", "foo");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> params.choice("kernel", "knn", "knn", "dense"));
        assertEquals("parameter kernel = 'foo' is not one of its values knn, dense: give one "
                + "of them, e.g. --kernel dense", e.getMessage());
    }

    @Test
    void setOfAChoiceOutsideItsValuesIsRefusedWithTheSetFormAndKeepsTheValue() {
        Params params = params();
        params.choice("kernel", "knn", "knn", "dense");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> params.set("kernel", "rbf"));
        assertEquals("parameter kernel = 'rbf' is not one of its values knn, dense: give one "
                + "of them, e.g. params.set(\"kernel\", \"dense\")", e.getMessage());
        assertEquals("knn", params.value("kernel"));
    }

    @Test
    void aChoiceIgnoresCaseAndReturnsTheDeclaredSpelling() {
        Params params = params("kernel", "DENSE");
        assertEquals("dense", params.choice("kernel", "knn", "knn", "dense"));
        assertEquals("knn", params.set("kernel", " Knn"));
        assertEquals("kernel = knn {knn, dense}", params.toString());
    }

    @Test
    void aChoiceWhoseDefaultIsNotAmongItsValuesIsAMistakeOfTheLab() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> params().choice("bandwidth", "silverman", "bgh", "median"));
        assertTrue(e.getMessage().contains("default 'silverman', which is not among its allowed "
                + "values [bgh, median]"), e.getMessage());
    }

    @Test
    void aWholeNumberInScientificNotationIsAccepted() {
        assertEquals(1_000_000, params("t", "1e6").integer("t", 4, 0, 10_000_000));
        assertEquals(2500, params("t", "2.5E+3").integer("t", 4, 0, 10_000_000));
        assertEquals(15, params("t", "15.0").integer("t", 4, 0, 100));
    }

    @Test
    void aWholeNumberInScientificNotationIsClampedLikeDigits() {
        try (Log.Capture log = Log.capture()) {
            assertEquals(1000, params("t", "1e6").integer("t", 4, 0, 1000));
            assertEquals(List.of("warning: parameter t = 1000000 is outside [0, 1000]; using "
                    + "1000"), log.warnings());
        }
    }

    @Test
    void scientificNotationTooLargeForAnIntNamesTheRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> params("k", "1e10").integer("k", 10, 1, 29));
        assertEquals("parameter k = 1e10 is too large: k takes whole numbers in [1, 29]. Give "
                + "one in that range, e.g. --k 10", e.getMessage());
    }

    @Test
    void scientificNotationWithAFractionOrASuffixIsNotAWholeNumber() {
        for (String text : new String[] {"1.5e0", "1e-1", "10d", "0x10", "NaN", "Infinity"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> params("k", text).integer("k", 10, 1, 29));
            assertEquals("parameter k = '" + text + "' is not a whole number: give e.g. --k 10",
                    e.getMessage());
        }
    }

    @Test
    void setOfTextThatIsNotANumberSuggestsTheSetForm() {
        Params params = params();
        params.integer("k", 10, 1, 29);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> params.set("k", "abc"));
        assertEquals("parameter k = 'abc' is not a whole number: give e.g. "
                + "params.set(\"k\", 10)", e.getMessage());
    }

    @Test
    void setOfAParameterOfALabWithoutLivePipelinesChangesIt() {
        Params params = params();
        params.integer("steps", 300, 4, 100_000);
        assertEquals(10, params.set("steps", 10));
        assertEquals(10, params.value("steps"));
    }
}
