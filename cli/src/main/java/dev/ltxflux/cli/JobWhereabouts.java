package dev.ltxflux.cli;

import dev.ltxflux.core.error.SafeText;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.journal.file.FileJobJournal;
import dev.ltxflux.mock.config.MockConfig;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Why a job was not found, from what this machine journaled: made by the embedded mock but asked of the API (or the
 * other way round), or made by the embedded mock longer ago than it keeps jobs. One line, printed after the error.
 */
final class JobWhereabouts {

    private JobWhereabouts() {
    }

    static Optional<String> hint(Connection connection, JobId id) {
        Optional<JournalRecord> here = find(connection.journalFile(), id);
        Optional<JournalRecord> other = find(connection.otherJournalFile(), id);
        String kept = MockStateDir.retention(MockConfig.defaults().storage().retention());
        if (connection.embeddedMock()) {
            if (other.isPresent()) {
                return Optional.of("note: this job was sent with an API token (it is in " + file(connection.otherJournalFile())
                        + "), but this run has none and asked the embedded mock: pass --token or set USEAPI_TOKEN"
                        + " (and LTXFLUX_BASE_URL for a mock you run yourself).");
            }
            if (here.isPresent()) {
                return Optional.of("note: this job was made by the embedded mock at " + here.get().intendedAt()
                        + "; the embedded mock keeps its jobs " + kept + " (in " + file(connection.home().resolve(Connection.MOCK_STATE))
                        + "), so it has expired. " + persistentMock());
            }
            return Optional.of("note: without a token the embedded mock answers, and it knows only the jobs this machine made"
                    + " without a token in the last " + kept + " (" + file(connection.journalFile()) + "). For a job of the API,"
                    + " pass --token or set USEAPI_TOKEN.");
        }
        if (other.isPresent()) {
            return Optional.of("note: this job was made by the embedded mock (it is in " + file(connection.otherJournalFile())
                    + "): run without --token and USEAPI_TOKEN to ask it.");
        }
        return Optional.empty();
    }

    /** How to run a mock that keeps jobs as long as it runs. */
    static String persistentMock() {
        return "For a mock that keeps jobs as long as it runs: 'java -jar cli/target/ltxflux.jar mock' in another terminal,"
                + " then USEAPI_TOKEN=" + MockConfig.DEFAULT_TOKEN + " LTXFLUX_BASE_URL=http://127.0.0.1:" + MockConfig.DEFAULT_PORT
                + "/v1/ltxstudio.";
    }

    private static Optional<JournalRecord> find(Path journal, JobId id) {
        return FileJobJournal.open(journal).findByJob(id);
    }

    private static String file(Path path) {
        return SafeText.escape(path.toString());
    }
}
