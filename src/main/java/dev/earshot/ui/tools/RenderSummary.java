package dev.earshot.ui.tools;

import dev.earshot.render.ProfileRenderer;
import dev.earshot.render.RenderOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The lines the Render dialog shows after a run: the match level, each file written, each failure. No Swing. */
final class RenderSummary {
    private RenderSummary() {
    }

    /** The folder, one line for the level match (if any), then one per outcome in the jobs' order. */
    static List<String> lines(ProfileRenderer.Result result, java.nio.file.Path folder) {
        List<String> lines = new ArrayList<>();
        lines.add("In " + folder.toAbsolutePath() + ":");
        if (Double.isFinite(result.matchedLufs())) {
            lines.add(String.format(Locale.ROOT, "Level-matched to %.1f LUFS integrated (the master measures %.1f "
                    + "LUFS)", result.matchedLufs(), result.masterLufs()));
        }
        for (RenderOutcome o : result.outcomes()) {
            if (o.succeeded()) {
                lines.add(String.format(Locale.ROOT, "%s   gain %+.1f dB, peak %.2f dBFS%s",
                        o.output().getFileName(), o.matchGainDb(), o.peakDbfs(), o.clippedFrames() > 0
                                ? ", " + o.clippedFrames() + " frames clipped: choose 32-bit float" : ""));
            } else {
                lines.add("FAILED  " + o.profileId() + ": " + o.problem());
            }
        }
        return lines;
    }
}
