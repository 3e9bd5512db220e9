package org.spectrallab.lab;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.spectrallab.Log;
import org.spectrallab.viz.Slider;

/**
 * A lab's named parameters: each declared with a default (and, for numbers, a range) where
 * the lab first reads it, overridden from the command line ({@code ./lab 3 --k 15
 * --per-class 50}, which the launcher passes as system properties
 * {@code spectrallab.param.k=15}, {@code spectrallab.param.perClass=50}) or set while the
 * session runs:
 *
 * <pre>
 *   var params = lab.params();
 *   params.set("k", 15);        // live pipelines that read k recompute; the window follows
 *   params                      // prints every parameter with its value and range
 * </pre>
 *
 * <p>Reading a parameter again returns its current value: the value set (or given on the
 * command line) if any, else the default of the latest read, which may differ (a default
 * computed from the data, e.g. a bandwidth). A range may change between reads too (k must
 * stay below the number of points). Every value is kept inside its range: one outside is
 * clamped with one line saying so, except below a minimum the lab marked as hard
 * ({@link #hardMinimum}), which is refused. A value &lt;= 0 for a range of positive values
 * (e.g. {@code --eps -1}) is a sign mistake rather than an overshoot, and clamping it would
 * run the lab at the range's degenerate edge: it is refused too. A value that does not parse,
 * has the wrong kind or does not fit a Java int (for a whole number; {@code 1e6} is one) is
 * refused with the rule, and so is a text outside the values of a {@link #choice}, with the
 * example in the form it came in ({@code --kernel dense} or
 * {@code params.set("kernel", "dense")}); a name never declared is refused by {@link #set}
 * with the names this lab knows. On the command line, batch mode refuses a name the lab
 * file never reads before the lab runs ({@link LabRunner}); one it reads but this run did
 * not declare is reported at the end
 * ({@link #unusedOverrides}).
 *
 * <p>Numeric parameters read by a live pipeline ({@link Lab#live}) appear as sliders in the
 * window, over their range or the narrower one given by {@link #slider}.
 */
public final class Params {

    /** System-property prefix of command-line overrides. */
    public static final String PREFIX = "spectrallab.param.";

    /** A slider spans more than this ratio (max / min, both positive) moves logarithmically. */
    private static final double LOGARITHMIC_RATIO = 100;

    /** Decimal digits, or a decimal number with an exponent such as 1e6 or 2.5E+3. */
    private static final String DECIMAL =
            "[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?";

    /** What kind of value a parameter holds. */
    private enum Kind {
        WHOLE("a whole number"), REAL("a number"), TEXT("text");

        final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    /** One declared parameter: its kind, default, range, and the value it has now. */
    private static final class Declaration {
        final String name;
        final Kind kind;
        Object defaultValue;
        double min;
        double max;
        /** What was set or given on the command line, before clamping; null for the default. */
        Object given;
        Object value;
        /** The last clamp reported, so that re-reads do not repeat it. */
        String reportedClamp;
        /** The values a text parameter may take ({@link #choice}); null for any text. */
        List<String> choices;

        Declaration(String name, Kind kind) {
            this.name = name;
            this.kind = kind;
        }
    }

    private final Map<String, Declaration> declared = new LinkedHashMap<>();
    private final Map<String, String> overrides = new LinkedHashMap<>();
    private final Map<String, double[]> sliderRanges = new LinkedHashMap<>();
    /** Why values below the minimum of these parameters are refused, not clamped. */
    private final Map<String, String> hardMinimums = new LinkedHashMap<>();
    private final List<BiConsumer<String, Object>> listeners = new CopyOnWriteArrayList<>();

    Params(Properties properties) {
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(PREFIX)) {
                overrides.put(key.substring(PREFIX.length()), properties.getProperty(key));
            }
        }
    }

    /** An integer parameter in [min, max] with a default. */
    public int integer(String name, int defaultValue, int min, int max) {
        checkRange(name, min, max);
        return (Integer) read(name, Kind.WHOLE, defaultValue, min, max, null);
    }

    /** A real parameter in [min, max] with a default. */
    public double real(String name, double defaultValue, double min, double max) {
        checkRange(name, min, max);
        return (Double) read(name, Kind.REAL, defaultValue, min, max, null);
    }

    /** A text parameter with a default. */
    public String text(String name, String defaultValue) {
        return (String) read(name, Kind.TEXT, defaultValue, 0, 0, null);
    }

    /**
     * A text parameter that takes one of a fixed set of values, e.g.
     * {@code params.choice("kernel", "knn", "knn", "dense")}: any other value, from the
     * command line or {@link #set}, is refused with the allowed list. Case is ignored on input;
     * the value returned is spelled as in {@code allowed}.
     *
     * @throws IllegalArgumentException when {@code allowed} is empty or lacks the default
     */
    public String choice(String name, String defaultValue, String... allowed) {
        List<String> choices = List.of(allowed);
        if (!choices.contains(defaultValue)) {
            throw new IllegalArgumentException("parameter " + name + " has default '"
                    + defaultValue + "', which is not among its allowed values " + choices
                    + ": add it to them or pick a default from them.");
        }
        return (String) read(name, Kind.TEXT, defaultValue, 0, 0, choices);
    }

    /**
     * Declares (or re-reads) a parameter under this object's lock, then tells a live run
     * under way that it read the value, outside the lock.
     */
    private Object read(String name, Kind kind, Object defaultValue, double min, double max,
            List<String> choices) {
        Object value;
        synchronized (this) {
            value = declare(name, kind, defaultValue, min, max, choices);
        }
        LiveRun.noteRead(this, name, value);
        return value;
    }

    /**
     * Sets a declared parameter, clamped into its range (saying so when it is); live
     * pipelines that read it recompute. Returns the value now in force.
     *
     * <p>In a session whose lab has live pipelines, a parameter none of them reads (e.g.
     * lab 8's steps, read once when the lab runs) keeps its value: changing it would
     * recompute nothing, and {@code params} and results.json would show a value no figure
     * was made with. One line says so and how to run the lab with the new value
     * ({@code ./lab 8 --steps 10}).
     *
     * @throws IllegalArgumentException for a name this lab has not declared (the message
     *     lists those it has) or a value of the wrong kind (e.g. 15.5 for k)
     */
    public Object set(String name, Object value) {
        Lab notLive = LiveSession.instance().labNotReading(this, name);
        Object used;
        boolean changed;
        String unchanged = null;
        synchronized (this) {
            Declaration d = declared.get(name);
            if (d == null) {
                throw new IllegalArgumentException("there is no parameter '" + name + "' in this "
                        + "lab: it knows " + knownNames() + ". Check the spelling (names are "
                        + "case-sensitive, e.g. perClass).");
            }
            Object wanted = convert(d, value);
            refuseBelowHardMinimum(d.name, wanted, d.min, d.max, d.defaultValue, false);
            requirePositiveWhenRangeIs(d.name, d.kind, wanted, d.min, d.max,
                    howToGive(d.name, example(d.kind, d.defaultValue), false));
            if (notLive != null && !wanted.equals(d.value)) {
                unchanged = readOnlyWhenRun(d, wanted, notLive.number());
                wanted = d.given;
            }
            d.given = wanted;
            Object before = d.value;
            d.value = clamp(d);
            used = d.value;
            changed = !used.equals(before);
        }
        if (unchanged != null) {
            Log.warn(unchanged);
        }
        if (changed) {
            for (BiConsumer<String, Object> listener : listeners) {
                listener.accept(name, used);
            }
        }
        return used;
    }

    /**
     * Narrows the slider of a numeric parameter to [min, max] inside its range, e.g. a
     * subset size that may be 6000 per class but recomputes live only up to 200. Applies
     * whether the parameter is declared before or after.
     */
    public synchronized void slider(String name, double min, double max) {
        checkRange(name, min, max);
        sliderRanges.put(name, new double[] {min, max});
    }

    /**
     * Makes the minimum of a numeric parameter hard: a value below it, from the command line
     * or {@link #set}, is refused with {@code reason} instead of clamped, e.g.
     * {@code hardMinimum("k", "each image needs at least one neighbour")}. Applies whether
     * the parameter is declared before or after.
     */
    public synchronized void hardMinimum(String name, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("hardMinimum(\"" + name + "\") has no reason: "
                    + "say why smaller values make no sense, for the message that refuses them.");
        }
        hardMinimums.put(name, reason);
    }

    /** Calls {@code listener} with (name, new value) after every change made by {@link #set}. */
    public void onChange(BiConsumer<String, Object> listener) {
        if (listener == null) {
            throw new IllegalArgumentException("listener is null: pass (name, value) -> ...");
        }
        listeners.add(listener);
    }

    /** The value a parameter took, or null when the lab has not declared it. */
    public synchronized Object value(String name) {
        Declaration d = declared.get(name);
        return d == null ? null : d.value;
    }

    /**
     * Whether a parameter's value was given (on the command line or by {@link #set}) rather
     * than being its default, e.g. to say "eps = 1 (given)" instead of naming the rule that
     * computes the default.
     */
    public synchronized boolean isGiven(String name) {
        Declaration d = declared.get(name);
        return d != null && d.given != null;
    }

    /** Every declared parameter with the value it took, in declaration order. */
    public synchronized Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        declared.forEach((name, d) -> values.put(name, d.value));
        return values;
    }

    /** The parameters given on the command line, by name, as typed. */
    public synchronized Map<String, String> given() {
        return new LinkedHashMap<>(overrides);
    }

    /** Names given on the command line that the lab never declared. */
    public synchronized List<String> unusedOverrides() {
        List<String> unused = new ArrayList<>();
        for (String name : overrides.keySet()) {
            if (!declared.containsKey(name)) {
                unused.add(name);
            }
        }
        return unused;
    }

    /**
     * Every parameter as "name = value [min, max]" (a number), "name = value {a, b}" (a
     * choice) or "name = value" (text), e.g. for the JShell prompt.
     */
    @Override
    public synchronized String toString() {
        if (declared.isEmpty()) {
            return "no parameters declared yet";
        }
        List<String> parts = new ArrayList<>();
        for (Declaration d : declared.values()) {
            parts.add(d.name + " = " + d.value + bounds(d));
        }
        return String.join(", ", parts);
    }

    /**
     * The slider of a numeric parameter, moving the given panels; null for a text
     * parameter or one not declared.
     */
    synchronized Slider sliderOf(String name, List<String> panels) {
        Declaration d = declared.get(name);
        if (d == null || d.kind == Kind.TEXT || !(d.min < d.max)) {
            return null;
        }
        double[] narrowed = sliderRanges.get(name);
        double low = narrowed == null ? d.min : Math.max(d.min, narrowed[0]);
        double high = narrowed == null ? d.max : Math.min(d.max, narrowed[1]);
        if (!(low < high)) {
            return null;
        }
        boolean logarithmic = low > 0 && high / low > LOGARITHMIC_RATIO;
        return new Slider(name, low, high, ((Number) d.value).doubleValue(), d.kind == Kind.WHOLE,
                logarithmic, panels);
    }

    /** Whether this lab declares {@code name}. */
    synchronized boolean declares(String name) {
        return declared.containsKey(name);
    }

    /**
     * Declares a parameter or updates its default and range; returns its value. The value
     * is what was given (command line or {@link #set}) if anything, else the default,
     * clamped into the range.
     */
    private Object declare(String name, Kind kind, Object defaultValue, double min,
            double max, List<String> choices) {
        Declaration d = declared.get(name);
        if (d == null) {
            d = new Declaration(name, kind);
            d.defaultValue = defaultValue;
            d.choices = choices;
            String fromCommandLine = overrides.get(name);
            if (fromCommandLine != null) {
                d.given = parse(name, kind, fromCommandLine, defaultValue, min, max, true);
                d.given = chosen(d, d.given, true);
                refuseBelowHardMinimum(name, d.given, min, max, defaultValue, true);
                requirePositiveWhenRangeIs(name, kind, d.given, min, max,
                        howToGive(name, example(kind, defaultValue), true));
            }
            declared.put(name, d);
        } else if (d.kind != kind) {
            throw new IllegalArgumentException("parameter " + name + " was declared as "
                    + d.kind.description + " but is read here as " + kind.description
                    + ": read it the same way everywhere.");
        } else if (choices != null) {
            d.choices = choices;
        }
        d.defaultValue = defaultValue;
        d.min = min;
        d.max = max;
        d.value = clamp(d);
        return d.value;
    }

    /** Why setting a parameter no live pipeline reads changed nothing, and what to run. */
    private static String readOnlyWhenRun(Declaration d, Object wanted, int lab) {
        String option = "--" + kebab(d.name) + " " + wanted;
        return d.name + " is read only when the lab runs, not by a live figure: run the lab "
                + "again with " + option + " (./lab " + lab + " " + option + "); " + d.name
                + " stays " + d.value + ".";
    }

    /** Refuses a value below the hard minimum of a parameter that has one. */
    private void refuseBelowHardMinimum(String name, Object wanted, double min, double max,
            Object defaultValue, boolean fromCommandLine) {
        String reason = hardMinimums.get(name);
        if (reason == null || !(wanted instanceof Number number) || number.doubleValue() >= min) {
            return;
        }
        boolean whole = wanted instanceof Integer;
        String least = whole ? String.valueOf((long) min) : String.valueOf(min);
        String most = whole ? String.valueOf((long) max) : String.valueOf(max);
        throw new IllegalArgumentException("parameter " + name + " = " + wanted + " is below "
                + least + ", the least it can be: " + reason + ". Give " + name + " in ["
                + least + ", " + most + "], e.g. " + howToGive(name, defaultValue,
                fromCommandLine));
    }

    /** The given value (else the default) inside [min, max], saying so when it was not. */
    private static Object clamp(Declaration d) {
        Object asked = d.given != null ? d.given : d.defaultValue;
        if (d.kind == Kind.TEXT) {
            return asked;
        }
        double wanted = ((Number) asked).doubleValue();
        double kept = Math.max(d.min, Math.min(d.max, wanted));
        Object used = d.kind == Kind.WHOLE ? (Object) (int) kept : (Object) kept;
        if (kept != wanted) {
            String report = "parameter " + d.name + " = " + asked + " is outside ["
                    + shown(d, d.min) + ", " + shown(d, d.max) + "]; using " + used;
            if (!report.equals(d.reportedClamp)) {
                Log.warn(report);
                d.reportedClamp = report;
            }
        }
        return used;
    }

    /**
     * Refuses a given value &lt;= 0 when the range [min, max] holds only positive values.
     *
     * @param instead how to give a good value, e.g. "--eps 52.02"
     */
    private static void requirePositiveWhenRangeIs(String name, Kind kind, Object given,
            double min, double max, String instead) {
        if (given instanceof Number number && min > 0 && number.doubleValue() <= 0) {
            throw new IllegalArgumentException("parameter " + name + " = " + given + " is "
                    + "refused: it must be > 0 (its range is [" + shown(kind, min) + ", "
                    + shown(kind, max) + "]); give a positive value, e.g. " + instead
                    + " (the default)");
        }
    }

    /**
     * A text value of a parameter declared by {@link #choice}, spelled as in its allowed
     * list; refused when not in it. Any other value is returned as it is.
     */
    private static Object chosen(Declaration d, Object value, boolean fromCommandLine) {
        if (d.choices == null || !(value instanceof String text)) {
            return value;
        }
        for (String allowed : d.choices) {
            if (allowed.equalsIgnoreCase(text.trim())) {
                return allowed;
            }
        }
        String example = d.choices.stream().filter(c -> !c.equals(d.defaultValue)).findFirst()
                .orElse(String.valueOf(d.defaultValue));
        throw new IllegalArgumentException("parameter " + d.name + " = '" + text + "' is not "
                + "one of its values " + String.join(", ", d.choices) + ": give one of them, "
                + "e.g. " + howToGive(d.name, fromCommandLine ? example : "\"" + example + "\"",
                fromCommandLine));
    }

    /** A value handed to {@link #set} as the parameter's kind. */
    private static Object convert(Declaration d, Object value) {
        if (value instanceof String text) {
            return chosen(d, parse(d.name, d.kind, text, d.defaultValue, d.min, d.max, false),
                    false);
        }
        switch (d.kind) {
            case WHOLE:
                if (value instanceof Number number) {
                    double v = number.doubleValue();
                    if (v == Math.rint(v) && Math.abs(v) <= Integer.MAX_VALUE) {
                        return (int) v;
                    }
                    if (v == Math.rint(v)) {
                        throw outsideInt(d.name, value, d.min, d.max, d.defaultValue, false);
                    }
                }
                break;
            case REAL:
                if (value instanceof Number number && !Double.isNaN(number.doubleValue())) {
                    return number.doubleValue();
                }
                break;
            default:
                break;
        }
        throw new IllegalArgumentException("parameter " + d.name + " takes "
                + d.kind.description + ", not " + value + ": give e.g. params.set(\"" + d.name
                + "\", " + example(d) + ")");
    }

    /**
     * Text given for a parameter as its kind. A whole number may be written in scientific
     * notation when its value is whole ({@code 1e6}, {@code 2.5e3}); one that does not fit a
     * Java int is refused as too large or too small.
     *
     * @param fromCommandLine whether the refusal's example is {@code --k 10} (true) or
     *     {@code params.set("k", 10)} (false)
     */
    private static Object parse(String name, Kind kind, String text, Object defaultValue,
            double min, double max, boolean fromCommandLine) {
        try {
            switch (kind) {
                case WHOLE:
                    return parseWhole(name, text.trim(), defaultValue, min, max,
                            fromCommandLine);
                case REAL:
                    double v = Double.parseDouble(text.trim());
                    if (Double.isNaN(v)) {
                        throw new NumberFormatException("NaN");
                    }
                    return v;
                default:
                    return text;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + name + " = '" + text + "' is not "
                    + kind.description + ": give e.g. " + howToGive(name,
                    example(kind, defaultValue), fromCommandLine), e);
        }
    }

    private static int parseWhole(String name, String text, Object defaultValue, double min,
            double max, boolean fromCommandLine) {
        if (text.matches("[+-]?[0-9]+")) {
            if (!fitsInt(new BigInteger(text))) {
                throw outsideInt(name, text, min, max, defaultValue, fromCommandLine);
            }
            return Integer.parseInt(text);
        }
        if (!text.matches(DECIMAL)) {
            throw new NumberFormatException(text);
        }
        double value = Double.parseDouble(text);
        if (value != Math.rint(value)) {
            throw new NumberFormatException(text);
        }
        if (Math.abs(value) > Integer.MAX_VALUE) {
            throw outsideInt(name, text, min, max, defaultValue, fromCommandLine);
        }
        return (int) value;
    }

    private static boolean fitsInt(BigInteger value) {
        return value.bitLength() < Integer.SIZE;
    }

    /** The refusal of a whole number too large (or small) for a Java int. */
    private static IllegalArgumentException outsideInt(String name, Object value, double min,
            double max, Object defaultValue, boolean fromCommandLine) {
        return new IllegalArgumentException("parameter " + name + " = " + value + " is too "
                + (value.toString().startsWith("-") ? "small" : "large") + ": " + name
                + " takes whole numbers in [" + (long) min + ", " + (long) max + "]. Give one "
                + "in that range, e.g. " + howToGive(name, defaultValue, fromCommandLine));
    }

    /** How a value is given where the refused one came from: "--per-class 50" or set(...). */
    private static String howToGive(String name, Object value, boolean fromCommandLine) {
        return fromCommandLine ? "--" + kebab(name) + " " + value
                : "params.set(\"" + name + "\", " + value + ")";
    }

    private static String example(Declaration d) {
        return d.kind == Kind.TEXT ? "\"" + d.defaultValue + "\"" : String.valueOf(d.value);
    }

    /** A default as the user would type it: four significant digits for a real. */
    private static String example(Kind kind, Object defaultValue) {
        if (kind == Kind.REAL) {
            return String.format(Locale.ROOT, "%.4g", ((Number) defaultValue).doubleValue());
        }
        return String.valueOf(defaultValue);
    }

    /** " [min, max]" of a number, " {a, b}" of a choice, nothing for free text. */
    private static String bounds(Declaration d) {
        if (d.kind != Kind.TEXT) {
            return " [" + shown(d, d.min) + ", " + shown(d, d.max) + "]";
        }
        return d.choices == null ? "" : " {" + String.join(", ", d.choices) + "}";
    }

    private static String shown(Declaration d, double bound) {
        return shown(d.kind, bound);
    }

    private static String shown(Kind kind, double bound) {
        return kind == Kind.WHOLE ? String.valueOf((long) bound) : String.valueOf(bound);
    }

    private String knownNames() {
        return declared.isEmpty() ? "none yet (parameters are declared where the lab first "
                + "reads them)" : String.join(", ", declared.keySet());
    }

    private static void checkRange(String name, double min, double max) {
        if (!(min <= max)) {
            throw new IllegalArgumentException("parameter " + name + " has range [" + min + ", "
                    + max + "]: min must not exceed max.");
        }
    }

    /** perClass -> per-class, as the command line spells it. */
    static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
