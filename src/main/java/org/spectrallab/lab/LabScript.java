package org.spectrallab.lab;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.SourceCodeAnalysis;

/**
 * A .jsh file cut into the snippets JShell evaluates one by one, each tagged with the lab
 * step it belongs to (the last comment line of the form {@code // Step N: what} above it)
 * and the line its code starts on.
 */
final class LabScript {

    private static final Pattern STEP = Pattern.compile("^\\s*//\\s*(Step\\s+\\d+.*)$",
            Pattern.MULTILINE);

    /**
     * A parameter read: {@code .integer("k", ...}, {@code .real(}, {@code .text(},
     * {@code .choice(}.
     */
    private static final Pattern PARAMETER_READ = Pattern.compile(
            "\\.\\s*(integer|real|text|choice)\\s*\\(\\s*\"([A-Za-z_][A-Za-z0-9_]*)\"");
    private static final Pattern SUBSET_CALL = Pattern.compile("\\.\\s*subset\\s*\\(([^)]*)\\)");

    /**
     * A parameter a lab file reads: its name, how it is read (integer, real, text, choice)
     * and the arguments after the name as the file writes them (default, then min and max,
     * or then the allowed values of a choice).
     */
    record Option(String name, String kind, List<String> arguments) {

        /** The option as typed on the command line, e.g. --per-class. */
        String flag() {
            return "--" + Params.kebab(name);
        }

        /** One line for ./lab N --help, e.g. "--k  a whole number, default 10, in [1, 499]". */
        String describe() {
            String what = switch (kind) {
                case "integer" -> "a whole number";
                case "real" -> "a number";
                case "choice" -> "one of " + String.join(", ",
                        arguments.subList(Math.min(1, arguments.size()), arguments.size()));
                default -> "text";
            };
            String line = String.format(Locale.ROOT, "  %-16s %s", flag(), what);
            if (!arguments.isEmpty()) {
                line += ", default " + arguments.get(0);
            }
            if (arguments.size() == 3 && !kind.equals("choice")) {
                line += ", in [" + arguments.get(1) + ", " + arguments.get(2) + "]";
            }
            return line;
        }
    }

    /** One snippet of source, its step and the line its code starts on (1-based). */
    record Snippet(String source, String step, int line) {
    }

    private LabScript() {
    }

    /** Cuts {@code text} into complete snippets with the given JShell analysis. */
    static List<Snippet> split(String text, SourceCodeAnalysis analysis) {
        List<Snippet> snippets = new ArrayList<>();
        int consumed = 0;
        while (consumed < text.length()) {
            String remaining = text.substring(consumed);
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            boolean complete = info.completeness().isComplete();
            int used = complete ? remaining.length() - info.remaining().length()
                    : remaining.length();
            String chunk = remaining.substring(0, Math.max(used, 1));
            int codeOffset = consumed + firstCodeOffset(chunk);
            if (codeOffset < consumed + chunk.length()) {
                String source = complete && info.source() != null ? info.source() : chunk;
                snippets.add(new Snippet(source, stepBefore(text, codeOffset),
                        lineOf(text, codeOffset)));
            }
            consumed += Math.max(used, 1);
        }
        return snippets;
    }

    /**
     * The lines (1-based) after which the jshell prompt would run half a statement. The
     * prompt ({@code ./lab N} at a terminal) reads a lab line by line and runs a statement
     * as soon as a line completes one, so a line that is complete on its own but continued
     * on the next - a call chain broken before ".method(" - runs alone there, and the next
     * line fails, while batch mode, which cuts the whole file, runs the whole statement.
     */
    static List<Integer> promptBreaks(String text, SourceCodeAnalysis analysis) {
        Set<Integer> statementEnds = new HashSet<>();
        int consumed = 0;
        while (consumed < text.length()) {
            String remaining = text.substring(consumed);
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            int used = info.completeness().isComplete()
                    ? remaining.length() - info.remaining().length() : remaining.length();
            String chunk = remaining.substring(0, Math.max(used, 1));
            if (!chunk.isBlank()) {
                statementEnds.add(lineOf(text, consumed + chunk.stripTrailing().length() - 1));
            }
            consumed += Math.max(used, 1);
        }
        List<Integer> breaks = new ArrayList<>();
        String pending = "";
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            pending = pending + lines[i] + "\n";
            while (!pending.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(pending);
                if (!info.completeness().isComplete()) {
                    break;
                }
                boolean code = info.source() != null && !info.source().isBlank();
                if (code && !statementEnds.contains(i + 1) && !breaks.contains(i + 1)) {
                    breaks.add(i + 1);
                }
                pending = info.remaining();
            }
        }
        return breaks;
    }

    /**
     * The parameters a lab file reads, in the order it first reads them: every
     * {@code .integer("name", ...)}, {@code .real("name", ...)} and {@code .text("name", ...)}
     * (whatever the receiver, over line breaks), and, when it calls {@code lab.subset(n)},
     * those {@link Lab#subset} reads ({@link Lab#SUBSET_PARAMETERS}). Found from the text
     * alone, before anything runs, so that a misspelt option is refused at once; a name
     * built at run time is not found.
     */
    static List<Option> options(String text) {
        Map<String, Option> found = new LinkedHashMap<>();
        Matcher subset = SUBSET_CALL.matcher(text);
        if (subset.find()) {
            String perClass = subset.group(1).trim();
            for (Option option : Lab.SUBSET_PARAMETERS) {
                found.put(option.name(), option.name().equals("perClass")
                        ? new Option("perClass", option.kind(), List.of(perClass,
                                option.arguments().get(1), option.arguments().get(2)))
                        : option);
            }
        }
        Matcher read = PARAMETER_READ.matcher(text);
        while (read.find()) {
            found.putIfAbsent(read.group(2), new Option(read.group(2), read.group(1),
                    argumentsAfter(text, read.end())));
        }
        return new ArrayList<>(found.values());
    }

    /** The comma-separated arguments from {@code start} to the call's closing parenthesis. */
    private static List<String> argumentsAfter(String text, int start) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (depth == 0 && (c == ',' || c == ')')) {
                String argument = current.toString().replaceAll("\\s+", " ").trim();
                if (!argument.isEmpty()) {
                    arguments.add(argument);
                }
                current.setLength(0);
                if (c == ')') {
                    break;
                }
                continue;
            }
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            current.append(c);
        }
        return arguments;
    }

    /** The offset of the first character that is neither blank nor in a // comment line. */
    private static int firstCodeOffset(String chunk) {
        int offset = 0;
        for (String line : chunk.split("\n", -1)) {
            String trimmed = line.trim();
            if (!trimmed.isEmpty() && !trimmed.startsWith("//")) {
                return offset + line.indexOf(trimmed.charAt(0));
            }
            offset += line.length() + 1;
        }
        return chunk.length();
    }

    /**
     * The step a snippet belongs to: the last "// Step N: what" comment before the offset,
     * with the comment lines that directly continue it joined on ("... (each / trace; live:
     * width, networkSeed)"), or "the set-up before step 1".
     */
    private static String stepBefore(String text, int offset) {
        String before = text.substring(0, offset);
        Matcher m = STEP.matcher(before);
        String found = "the set-up before step 1";
        int end = -1;
        while (m.find()) {
            found = m.group(1).trim();
            end = m.end();
        }
        return end < 0 ? found : found + continuation(before, end);
    }

    /** The comment lines right after a step's first line, each joined on with a space. */
    private static String continuation(String before, int stepLineEnd) {
        StringBuilder joined = new StringBuilder();
        String[] lines = before.substring(stepLineEnd).split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            String trimmed = lines[i].trim();
            if (!trimmed.startsWith("//") || STEP.matcher(lines[i]).matches()) {
                break;
            }
            joined.append(' ').append(trimmed.substring(2).trim());
        }
        return joined.toString();
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
