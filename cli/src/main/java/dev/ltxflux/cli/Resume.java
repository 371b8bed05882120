package dev.ltxflux.cli;

import dev.ltxflux.core.model.job.JobId;
import java.nio.file.Path;

/** The command that resumes a job, printed whenever a run ends before its job did; the id is shell-quoted. */
final class Resume {

    /** How the CLI is started from the project's root. */
    static final String PROGRAM = "java -jar cli/target/ltxflux.jar";

    private Resume() {
    }

    static String command(JobId id) {
        return PROGRAM + " wait " + ShellQuote.quote(id.value());
    }

    static String command(JobId id, Path out) {
        return command(id) + (out == null ? "" : " --out " + ShellQuote.quote(out.toString()));
    }

    /**
     * A file name for a job's result in the current folder: the id's uuid (or the id) reduced to letters, digits, dot,
     * dash and underscore, never starting with a dot, so that no id can name a path outside the folder.
     */
    static Path defaultFile(JobId id) {
        String stem = id.uuid().orElse(id.value()).replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
        if (stem.length() > 100) {
            stem = stem.substring(0, 100);
        }
        if (stem.replace("_", "").replace(".", "").isEmpty()) {
            stem = "ltxflux-job";
        }
        return Path.of(stem + ".png");
    }
}
