package org.spectrallab.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.UnresolvedReferenceException;
import org.spectrallab.viz.FigureRenderer;
import org.spectrallab.Log;
import org.spectrallab.numeric.MemoryGuard;

/**
 * Runs a lab script through JShell without a prompt (batch mode): snippet by snippet, in
 * this JVM, stopping at the first step that fails to compile, throws, or runs past the
 * step time limit. Exit status 0 only when the lab ran to its end and wrote results.json;
 * a run that stops writes results.json too, with status "failed" and the step
 * ({@link Results}).
 *
 * <p>Usage: {@code LabRunner <startup.jsh> <lab.jsh>}. System property
 * {@code spectrallab.stepTimeoutSeconds} bounds each snippet (default 1800);
 * {@code spectrallab.debug=true} prints full stack traces.
 */
public final class LabRunner {

    /** The step named in results.json when a lab fails after its last snippet ran. */
    private static final String AFTER_THE_LAST_STEP = "the end of the lab";
    private static final Pattern LAB_NUMBER = Pattern.compile("(\\d+)-");

    /** Where a run stopped: the lab step (or phase) and the message that says why. */
    private record Failure(String step, String message) {
    }

    private final Path labFile;
    private final long stepTimeoutMillis;

    private LabRunner(Path labFile) {
        this.labFile = labFile;
        this.stepTimeoutMillis = TimeUnit.SECONDS.toMillis(
                Long.getLong("spectrallab.stepTimeoutSeconds", 30 * 60));
    }

    /**
     * Runs the startup script and then the lab; exits with the lab's status, or 2 at once
     * when an option names no parameter the lab reads. With {@code --options <lab.jsh>}
     * lists the lab's options instead; with {@code --check <lab.jsh>} only checks the
     * options (before the launcher opens the prompt).
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: LabRunner <startup.jsh> <lab.jsh>, or LabRunner "
                    + "--options|--check <lab.jsh>");
            System.exit(2);
        }
        if (args[0].equals("--options")) {
            System.exit(printOptions(Paths.get(args[1])));
        }
        String refusal = refuseUnknownOptions(Paths.get(args[1]), System.getProperties());
        if (refusal != null) {
            System.err.println(refusal);
            System.exit(2);
        }
        if (args[0].equals("--check")) {
            System.exit(0);
        }
        int status = new LabRunner(Paths.get(args[1])).run(Paths.get(args[0]));
        System.out.flush();
        System.exit(status);
    }

    private int run(Path startup) {
        Failure failure;
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            shell.addToClasspath(System.getProperty("java.class.path"));
            failure = evaluateFile(shell, startup);
            if (failure == null) {
                failure = evaluateFile(shell, labFile);
            }
        } finally {
            FigureRenderer.release();
        }
        if (failure == null) {
            failure = checkFinished();
        }
        if (failure != null) {
            recordFailure(failure);
            return 1;
        }
        return 0;
    }

    /** Why a lab that ran to its end still failed: no lab.finish(), or an unknown option. */
    private Failure checkFinished() {
        Lab lab = Lab.current();
        if (lab == null || !lab.isFinished()) {
            String message = labFile + " ran to its end but never called lab.finish(), so no "
                    + "results were recorded: end the lab with lab.finish()";
            System.err.println(message);
            return new Failure(AFTER_THE_LAST_STEP, message);
        }
        List<String> unknown = lab.params().unusedOverrides();
        if (!unknown.isEmpty()) {
            String message = "The lab ran, but with its defaults where you meant to set "
                    + String.join(", ", unknown) + ": it has no parameter of that name (it knows "
                    + String.join(", ", lab.params().values().keySet()) + "). Exit status 1.";
            System.err.println(message);
            return new Failure(AFTER_THE_LAST_STEP, message);
        }
        return null;
    }

    /** Writes results.json with status "failed", whether or not the lab got to start. */
    private void recordFailure(Failure failure) {
        Lab lab = Lab.current();
        if (lab != null) {
            lab.fail(failure.step(), failure.message());
        } else {
            Lab.failedBeforeStart(labNumber(labFile), failure.step(), failure.message());
        }
    }

    /** Prints the options a lab file reads (./lab N --help); returns the exit status. */
    private static int printOptions(Path file) {
        try {
            List<LabScript.Option> options = LabScript.options(Files.readString(file));
            System.out.println("Options of " + file.getFileName() + " (defaults and ranges as "
                    + "the lab writes them):");
            options.forEach(option -> System.out.println(option.describe()));
            return 0;
        } catch (IOException e) {
            System.err.println("cannot read " + file + " (" + e.getMessage() + "): check the "
                    + "lab number with ./lab");
            return 2;
        }
    }

    /**
     * The message refusing the options given as system properties ({@link Params#PREFIX})
     * that {@code file} reads no parameter of, with the nearest known name and the list;
     * null when every option is known or the file cannot be read (the run then says why).
     */
    static String refuseUnknownOptions(Path file, Properties properties) {
        List<LabScript.Option> options;
        try {
            options = LabScript.options(Files.readString(file));
        } catch (IOException e) {
            return null;
        }
        Set<String> known = new LinkedHashSet<>();
        options.forEach(option -> known.add(option.name()));
        List<String> unknown = new ArrayList<>();
        for (String key : properties.stringPropertyNames()) {
            String name = key.startsWith(Params.PREFIX) ? key.substring(Params.PREFIX.length())
                    : null;
            if (name != null && !known.contains(name)) {
                unknown.add(name);
            }
        }
        if (unknown.isEmpty()) {
            return null;
        }
        Collections.sort(unknown);
        List<String> flags = options.stream().map(LabScript.Option::flag).toList();
        StringBuilder message = new StringBuilder();
        for (String name : unknown) {
            message.append(file.getFileName()).append(" has no option --")
                    .append(Params.kebab(name)).append(nearest(Params.kebab(name), flags))
                    .append('\n');
        }
        return message + "Its options: " + (flags.isEmpty() ? "none" : String.join(" ", flags))
                + " (./lab " + labNumber(file) + " --help lists them with their defaults). Nothing ran; correct the "
                + "option and run the lab again.";
    }

    /** "; did you mean --per-class?" for the known flag nearest {@code given}, if close. */
    private static String nearest(String given, List<String> flags) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String flag : flags) {
            int distance = editDistance(given, flag.substring(2));
            if (distance < bestDistance) {
                best = flag;
                bestDistance = distance;
            }
        }
        boolean close = best != null && bestDistance <= Math.max(2, given.length() / 3);
        return close ? "; did you mean " + best + "?" : "";
    }

    /** Levenshtein distance: the fewest insertions, deletions and substitutions. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The number a lab file's name starts with (07-entk.jsh: 7); 0 when it has none. */
    static int labNumber(Path file) {
        Matcher m = LAB_NUMBER.matcher(file.getFileName().toString());
        return m.lookingAt() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Runs a file snippet by snippet; returns null when it ran through, else the failure. */
    private Failure evaluateFile(JShell shell, Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            String message = "cannot read " + file + ": " + e.getMessage();
            System.err.println(message);
            return new Failure("reading " + file.getFileName(), message);
        }
        for (int line : LabScript.promptBreaks(text, shell.sourceCodeAnalysis())) {
            Log.warn(file.getFileName() + " line " + line + ": this line completes a statement "
                    + "that goes on below, so at the jshell prompt (./lab N) it runs alone and "
                    + "the next line fails; break the line after '(' or an operator instead.");
        }
        List<LabScript.Snippet> snippets = LabScript.split(text, shell.sourceCodeAnalysis());
        for (LabScript.Snippet snippet : snippets) {
            String failure = evaluate(shell, snippet);
            if (failure != null) {
                reportFailure(file, snippet, failure);
                return new Failure(snippet.step(), failure);
            }
        }
        return null;
    }

    /** Evaluates one snippet; returns null on success, else what went wrong. */
    private String evaluate(JShell shell, LabScript.Snippet snippet) {
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lab-step-watchdog");
            t.setDaemon(true);
            return t;
        });
        ScheduledFuture<?> alarm = watchdog.schedule(() -> {
            timedOut.set(true);
            shell.stop();
        }, stepTimeoutMillis, TimeUnit.MILLISECONDS);
        try {
            List<SnippetEvent> events;
            try {
                events = shell.eval(snippet.source());
            } catch (InternalError | RuntimeException e) {
                return "JShell's compiler failed on this step (" + e.getMessage() + "); look "
                        + "for a mistake on these lines, e.g. a variable defined in terms of "
                        + "itself";
            }
            if (timedOut.get()) {
                return String.format(Locale.ROOT, "the step did not finish within %d s and was "
                        + "stopped (an endless loop? if it is just slow, raise "
                        + "-Dspectrallab.stepTimeoutSeconds)", stepTimeoutMillis / 1000);
            }
            return firstProblem(shell, events);
        } finally {
            alarm.cancel(false);
            watchdog.shutdownNow();
        }
    }

    private static String firstProblem(JShell shell, List<SnippetEvent> events) {
        for (SnippetEvent event : events) {
            if (event.exception() != null) {
                return describe(event.exception());
            }
            if (event.status() == Snippet.Status.REJECTED) {
                String diagnostics = shell.diagnostics(event.snippet())
                        .map(d -> d.getMessage(Locale.ROOT))
                        .collect(Collectors.joining("; "));
                return "it does not compile: " + diagnostics;
            }
        }
        return null;
    }

    private static String describe(Throwable thrown) {
        if (thrown instanceof EvalException) {
            EvalException e = (EvalException) thrown;
            if (Boolean.getBoolean("spectrallab.debug")) {
                e.printStackTrace();
            }
            String name = e.getExceptionClassName();
            String shortName = name.substring(name.lastIndexOf('.') + 1);
            if (name.equals(OutOfMemoryError.class.getName())) {
                return shortName + ": " + MemoryGuard.outOfMemoryAdvice();
            }
            return shortName + ": " + e.getMessage();
        }
        if (thrown instanceof UnresolvedReferenceException) {
            return "it uses something not defined: " + thrown.getMessage();
        }
        return thrown.toString();
    }

    private static void reportFailure(Path file, LabScript.Snippet snippet, String failure) {
        System.out.flush();
        System.err.printf(Locale.ROOT, "%nThe lab stopped at %s (%s, line %d):%n  %s%n",
                snippet.step(), file.getFileName(), snippet.line(), failure);
        System.err.println("  Nothing after this step ran. Fix the cause above and run the "
                + "lab again; SPECTRALLAB_DEBUG=1 ./lab N --batch prints the full stack trace.");
    }
}
