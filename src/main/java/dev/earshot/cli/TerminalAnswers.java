package dev.earshot.cli;

import dev.earshot.listen.AnswerSource;
import dev.earshot.listen.Protocol;
import dev.earshot.listen.TrialAnswer;
import dev.earshot.listen.TrialPrompt;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Answers typed in a terminal (or piped from a script), one per line. Shows only the trial number and neutral
 * labels, never the score. {@code q} stops the session (it stays resumable), {@code ?} prints help; end of input
 * also stops it and is remembered in {@link #inputEnded}. Not thread-safe.
 */
final class TerminalAnswers implements AnswerSource {
    private final BufferedReader in;
    private final PrintWriter out;
    private boolean inputEnded;

    TerminalAnswers(BufferedReader in, PrintWriter out) {
        this.in = in;
        this.out = out;
    }

    /** @return true if the session stopped because the input ended rather than on {@code q} */
    boolean inputEnded() {
        return inputEnded;
    }

    @Override
    public TrialAnswer nextAnswer(TrialPrompt prompt) throws IOException {
        while (true) {
            out.print(promptText(prompt));
            out.flush();
            String line = in.readLine();
            if (line == null) {
                inputEnded = true;
                out.println();
                out.flush();
                return null;
            }
            String typed = line.strip().toLowerCase(Locale.ROOT);
            if (typed.equals("q") || typed.equals("quit")) {
                return null;
            }
            String answer = parse(prompt.protocol(), typed);
            if (answer != null) {
                return TrialAnswer.of(answer);
            }
            out.println(typed.equals("?") ? help(prompt.protocol())
                    : "  '" + line.strip() + "' is not an answer. " + help(prompt.protocol()));
        }
    }

    @Override
    public void trainingFeedback(TrialPrompt prompt, boolean correct, String explanation) {
        if (prompt.protocol() == Protocol.PREFERENCE) {
            out.println("  (training) " + explanation);
        } else {
            out.println("  (training) " + (correct ? "right" : "wrong") + ": " + explanation);
        }
        out.flush();
    }

    static String promptText(TrialPrompt prompt) {
        String which = prompt.training() ? "training trial " + prompt.number() + " of " + prompt.plannedTrials()
                : prompt.sequential() ? "trial " + prompt.number() + " (at most " + prompt.plannedTrials() + ")"
                : "trial " + prompt.number() + " of " + prompt.plannedTrials();
        return which + " — " + question(prompt.protocol()) + ": ";
    }

    private static String question(Protocol protocol) {
        return switch (protocol) {
            case ABX -> "answer (A/B)";
            case PREFERENCE -> "which do you prefer (1/2)";
            case TRIANGLE -> "which one is different (1/2/3)";
            case SAME_DIFFERENT -> "same or different (S/D)";
        };
    }

    private static String help(Protocol protocol) {
        String answers = switch (protocol) {
            case ABX -> "Type A or B: which one X is.";
            case PREFERENCE -> "Type 1 or 2: the one you prefer.";
            case TRIANGLE -> "Type 1, 2 or 3: the one that differs from the other two.";
            case SAME_DIFFERENT -> "Type S if the two are the same, D if they differ.";
        };
        return "  " + answers + " q stops (the session can be resumed).";
    }

    private static String parse(Protocol protocol, String typed) {
        return switch (protocol) {
            case ABX -> typed.equals("a") ? "A" : typed.equals("b") ? "B" : null;
            case PREFERENCE -> typed.equals("1") || typed.equals("2") ? typed : null;
            case TRIANGLE -> typed.equals("1") || typed.equals("2") || typed.equals("3") ? typed : null;
            case SAME_DIFFERENT -> typed.equals("s") || typed.equals("same") ? "same"
                    : typed.equals("d") || typed.equals("different") ? "different" : null;
        };
    }
}
