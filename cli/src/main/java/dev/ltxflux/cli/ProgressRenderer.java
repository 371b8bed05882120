package dev.ltxflux.cli;

import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.port.in.AwaitJobUseCase.ProgressListener;
import java.io.PrintWriter;

/** The job's own progress on stderr: a redrawn bar on a terminal, one line per change otherwise (logs, pipes). */
final class ProgressRenderer implements ProgressListener {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean terminal;
    private String last = "";

    ProgressRenderer(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public synchronized void onUpdate(Job job) {
        int progress = job.progress().orElse(0);
        String state = dev.ltxflux.core.error.SafeText.escape(job.status().wire()) + (job.status().kind() == dev.ltxflux.core.model.job.JobStatus.Kind.COMPLETED && !job.isDone()
                ? " (waiting for the image link)" : "");
        String line = progress + "% " + state;
        if (terminal) {
            int filled = Math.max(0, Math.min(WIDTH, progress * WIDTH / 100));
            out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + String.format("%3d%% %-40s", progress, state));
            if (job.isDone() || job.isFailed()) {
                out.println();
            }
        } else if (!line.equals(last)) {
            out.println("progress " + line);
        }
        last = line;
        out.flush();
    }
}
