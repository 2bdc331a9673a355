package dev.provenance.kb;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * The writers' lock of a knowledge base: an OS file lock on {@value #NAME} in its directory, so that writers in
 * this and in other JVMs take turns. Readers never take it. The lock file is never deleted (deleting a lock file
 * lets two writers lock two different files).
 */
final class WriterLock implements AutoCloseable {
    static final String NAME = ".lock";
    private static final long POLL_MILLIS = 25;

    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits at most {@code wait} for the lock. */
    static WriterLock acquire(Path dir, Duration wait) throws IOException {
        Path file = dir.resolve(NAME);
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = null;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                // Another writer in this JVM holds it.
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            if (lock != null) {
                return new WriterLock(channel, lock);
            }
            channel.close();
            if (System.nanoTime() - deadline >= 0) {
                throw new IOException(dir + ": another provenance:index run is writing this knowledge base (its "
                        + NAME + " stayed locked for " + wait.toSeconds() + " s); wait for it to finish and run "
                        + "again");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(dir + ": interrupted while waiting for the knowledge-base lock", e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
