package dev.ltxflux.journal.file;

import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JournalRecord;
import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Moves a journal's settled records (finished or abandoned before a cutoff) to its {@link JournalArchive} and replaces
 * the journal with a file of the rest, under the journal's exclusive lock. The steps are ordered so that a process killed
 * at any point leaves every record readable: (1) the archive lines and their index entries are appended and forced
 * (killed here: the records are still in the journal too; the next compaction archives them again, harmlessly); (2) the
 * new journal is written beside the old one ({@code <journal>.compacting}: a new generation header, every record kept,
 * every held claim) and forced (killed here: the old journal is untouched, the half-written file is overwritten next
 * time); (3) it is renamed over the journal in one atomic step, and the folder forced. Every process opens the journal
 * only once it holds the lock ({@code <journal>.lock}, never replaced), so no write lands in a replaced file; an instance
 * that had read the old file sees the new generation header and reads the new file afresh.
 */
final class Compaction {

    private Compaction() {
    }

    /**
     * Archives what settled before {@code cutoff}; {@code locked} is the journal, current and exclusively locked.
     * Afterwards {@code live} holds the new file, and {@code locked} is no longer the journal. {@code steps} hears {@code archived}, {@code written} and {@code renamed} as each step is done (a test seam: the
     * crash tests stop a process there).
     */
    static int run(Path file, FileChannel locked, LiveFile live, JournalArchive archive, Instant cutoff,
            Consumer<String> steps) throws IOException {
        live.catchUp(locked);
        JournalIndex index = live.index();
        List<JournalRecord> old = index.settledBefore(cutoff);
        if (old.isEmpty()) {
            return 0;
        }
        archive.append(old);
        steps.accept("archived");
        Set<IntentKey> moved = new HashSet<>();
        old.forEach(r -> moved.add(r.key()));
        Path next = file.resolveSibling(file.getFileName() + ".compacting");
        try (FileOutputStream out = new FileOutputStream(next.toFile());
                BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            w.write(LiveFile.HEADER + UUID.randomUUID() + "\n");
            for (JournalRecord r : index.records()) {
                if (!moved.contains(r.key())) {
                    w.write(JournalIndex.recordLine(r));
                }
            }
            for (var claim : index.heldClaims().entrySet()) {
                if (!moved.contains(claim.getKey())) {
                    w.write(JournalIndex.claimLine(claim.getKey(), claim.getValue().owner(), claim.getValue().until()));
                }
            }
            w.flush();
            out.getChannel().force(true);
        }
        steps.accept("written");
        try {
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.deleteIfExists(next);
            throw e; // never replace the journal in two steps
        }
        forceFolder(file.getParent());
        try (FileChannel replaced = FileChannel.open(file, StandardOpenOption.READ)) {
            live.catchUp(replaced); // a new generation: the index is rebuilt from the short new file
        }
        steps.accept("renamed");
        return old.size();
    }

    private static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException notOnThisSystem) {
            // Windows cannot open a folder as a channel; its rename is durable by itself
        }
    }
}
