package dev.ltxflux.spring;

import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code ltxflux.journal.*}: where the client journals every paid call's intent and job. An application's own
 * {@code JobJournalPort} bean wins over all of these.
 */
public class LtxJournalProperties {

    /** Which journal: none (default without a path or url), file (default with a path), jdbc (the application's DataSource). */
    public enum Type {
        NONE, FILE, JDBC
    }

    /** The kind of journal; unset: file when a path is given, the url's kind when a url is given, else none. */
    private Type type;

    /** The journal file (type file). */
    private Path path;

    /** A journal location opened through JobJournals (a file path or jdbc:postgresql://...), when no DataSource is used. */
    private String url;

    /** With type jdbc and a FinishedJobHandler bean: this replica's name in the fleet (default: the host name and pid). */
    private String replica;

    /** With type jdbc: db-scheduler's heartbeat; a replica silent for about 6 heartbeats loses its waits. Default 30s. */
    private Duration heartbeat = Duration.ofSeconds(30);

    /** With type jdbc: how often the fleet looks for due waits and sweeps the journal. Default 10s. */
    private Duration polling = Duration.ofSeconds(10);

    /** With type jdbc: where a job whose call named no output is saved. Default the working directory. */
    private Path outputDirectory = Path.of("");

    /** The type in effect. */
    public Type effectiveType() {
        if (type != null) {
            return type;
        }
        if (url != null && url.startsWith("jdbc:")) {
            return Type.JDBC;
        }
        return path != null || url != null ? Type.FILE : Type.NONE;
    }

    public Type getType() {
        return type;
    }

    public void setType(Type type) {
        this.type = type;
    }

    public Path getPath() {
        return path;
    }

    public void setPath(Path path) {
        this.path = path;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getReplica() {
        return replica;
    }

    public void setReplica(String replica) {
        this.replica = replica;
    }

    public Duration getHeartbeat() {
        return heartbeat;
    }

    public void setHeartbeat(Duration heartbeat) {
        this.heartbeat = heartbeat;
    }

    public Duration getPolling() {
        return polling;
    }

    public void setPolling(Duration polling) {
        this.polling = polling;
    }

    public Path getOutputDirectory() {
        return outputDirectory;
    }

    public void setOutputDirectory(Path outputDirectory) {
        this.outputDirectory = outputDirectory;
    }
}
