package org.spectrallab.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.spectrallab.Log;

/**
 * A lab's named parameters: each declared with a default (and, for numbers, a range), and
 * overridden from the command line ({@code ./lab 3 --k 15 --per-class 50}, which the
 * launcher passes as system properties {@code spectrallab.param.k=15},
 * {@code spectrallab.param.perClass=50}).
 *
 * <p>A value outside its range is clamped with one line saying so; a value that does not
 * parse is refused with the rule; a given name the lab never declares is reported with the
 * names it knows ({@link #unusedOverrides}).
 */
public final class Params {

    /** System-property prefix of command-line overrides. */
    public static final String PREFIX = "spectrallab.param.";

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, String> overrides = new LinkedHashMap<>();

    Params(Properties properties) {
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(PREFIX)) {
                overrides.put(key.substring(PREFIX.length()), properties.getProperty(key));
            }
        }
    }

    /** An integer parameter in [min, max] with a default. */
    public synchronized int integer(String name, int defaultValue, int min, int max) {
        int value = defaultValue;
        String given = overrides.get(name);
        if (given != null) {
            try {
                value = Integer.parseInt(given.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("parameter " + name + " = '" + given
                        + "' is not a whole number: give e.g. --" + kebab(name) + " "
                        + defaultValue, e);
            }
        }
        int clamped = Math.max(min, Math.min(max, value));
        reportClamp(name, value, clamped, min, max);
        values.put(name, clamped);
        return clamped;
    }

    /** A real parameter in [min, max] with a default. */
    public synchronized double real(String name, double defaultValue, double min, double max) {
        double value = defaultValue;
        String given = overrides.get(name);
        if (given != null) {
            try {
                value = Double.parseDouble(given.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("parameter " + name + " = '" + given
                        + "' is not a number: give e.g. --" + kebab(name) + " " + defaultValue, e);
            }
            if (Double.isNaN(value)) {
                throw new IllegalArgumentException("parameter " + name + " is NaN: give a number "
                        + "between " + min + " and " + max);
            }
        }
        double clamped = Math.max(min, Math.min(max, value));
        reportClamp(name, value, clamped, min, max);
        values.put(name, clamped);
        return clamped;
    }

    /** A text parameter with a default. */
    public synchronized String text(String name, String defaultValue) {
        String value = overrides.getOrDefault(name, defaultValue);
        values.put(name, value);
        return value;
    }

    /** The value a parameter took, or null when the lab has not declared it. */
    public synchronized Object value(String name) {
        return values.get(name);
    }

    /** Every declared parameter with the value it took, in declaration order. */
    public synchronized Map<String, Object> values() {
        return new LinkedHashMap<>(values);
    }

    /** Names given on the command line that the lab never declared. */
    public synchronized List<String> unusedOverrides() {
        List<String> unused = new ArrayList<>();
        for (String name : overrides.keySet()) {
            if (!values.containsKey(name)) {
                unused.add(name);
            }
        }
        return unused;
    }

    private static void reportClamp(String name, Object asked, Object used, Object min,
                                    Object max) {
        if (!asked.equals(used)) {
            Log.warn("parameter " + name + " = " + asked + " is outside [" + min + ", " + max
                    + "]; using " + used);
        }
    }

    /** perClass -> per-class, as the command line spells it. */
    static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
