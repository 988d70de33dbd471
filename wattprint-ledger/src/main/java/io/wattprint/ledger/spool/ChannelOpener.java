package io.wattprint.ledger.spool;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.util.Set;

/**
 * Opens the channels a spool writes through. The seam lets a test hand out a channel on a full
 * disk ({@code /dev/full} on Linux) or one that fails part-way through a write.
 */
@FunctionalInterface
public interface ChannelOpener {
    FileChannel open(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attributes) throws IOException;

    /** {@link FileChannel#open(Path, Set, FileAttribute[])}. */
    static ChannelOpener files() {
        return FileChannel::open;
    }
}
