package org.spectrallab.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
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

    /** Runs the startup script and then the lab; exits with the lab's status. */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: LabRunner <startup.jsh> <lab.jsh>");
            System.exit(2);
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
