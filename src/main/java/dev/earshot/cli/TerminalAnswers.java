package dev.earshot.cli;

import dev.earshot.listen.AnswerSource;
import dev.earshot.listen.AudioTrials;
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
    private final AudioTrials audio;
    private boolean inputEnded;

    TerminalAnswers(BufferedReader in, PrintWriter out) {
        this(in, out, null);
    }

    /**
     * @param audio the trials' player, or null without sound. With sound a label (a, b, x or 1, 2, 3) switches to
     *              it and an answer is typed after {@code =} (e.g. {@code =a}); same/different also takes s and d.
     */
    TerminalAnswers(BufferedReader in, PrintWriter out, AudioTrials audio) {
        this.in = in;
        this.out = out;
        this.audio = audio;
    }

    /** @return true if the session stopped because the input ended rather than on {@code q} */
    boolean inputEnded() {
        return inputEnded;
    }

    @Override
    public TrialAnswer nextAnswer(TrialPrompt prompt) throws IOException {
        while (true) {
            out.print(fullPrompt(prompt));
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
            if (audio != null) {
                String label = typed.toUpperCase(Locale.ROOT);
                if (audio.labels().contains(label)) {
                    audio.listen(label);
                    out.println("  playing " + label);
                    continue;
                }
                String answer = typed.startsWith("=") ? parse(prompt.protocol(), typed.substring(1).strip())
                        : prompt.protocol() == Protocol.SAME_DIFFERENT ? parse(prompt.protocol(), typed) : null;
                if (answer != null) {
                    return new TrialAnswer(answer, audio.plays(), audio.underruns());
                }
            } else {
                String answer = parse(prompt.protocol(), typed);
                if (answer != null) {
                    return TrialAnswer.of(answer);
                }
            }
            out.println(typed.equals("?") ? help(prompt.protocol())
                    : "  '" + line.strip() + "' is not " + (audio != null ? "a label or an answer. " : "an answer. ")
                    + help(prompt.protocol()));
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

    private String fullPrompt(TrialPrompt prompt) {
        String text = promptText(prompt);
        if (audio == null) {
            return text;
        }
        int dash = text.indexOf(" — ");
        return text.substring(0, dash) + " — listen " + String.join("/", audio.labels()) + ", then "
                + text.substring(dash + 3, text.length() - 2) + " after '=': ";
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

    private String help(Protocol protocol) {
        if (audio == null) {
            return staticHelp(protocol);
        }
        return "  Type " + String.join(", ", audio.labels()) + " to listen (every switch crossfades), then the "
                + "answer after '=', e.g. " + example(protocol) + ". q stops (the session can be resumed).";
    }

    private static String example(Protocol protocol) {
        return switch (protocol) {
            case ABX -> "=a if X is A";
            case PREFERENCE -> "=1 if you prefer 1";
            case TRIANGLE -> "=2 if 2 differs from 1 and 3";
            case SAME_DIFFERENT -> "=s or =d (s and d alone work too)";
        };
    }

    private static String staticHelp(Protocol protocol) {
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
