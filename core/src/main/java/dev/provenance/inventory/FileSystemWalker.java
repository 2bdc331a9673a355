package dev.provenance.inventory;

import dev.provenance.scan.IssueCode;
import dev.provenance.scan.ScanIssue;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Walks a directory tree on the file system and classifies every file in it.
 *
 * <ul>
 *   <li>Ignore rules: {@code .gitignore} files at every level, {@code .git/info/exclude} and the user's excludes,
 *       with git's semantics and precedence (see {@link IgnoreRules}); the user's globs take precedence like
 *       patterns on git's command line, so a user's {@code !pattern} can bring back a path a {@code .gitignore}
 *       leaves out. A user's global git excludes file is not read: the result must not depend on the machine.</li>
 *   <li>{@code .git} is always left out ("version control metadata"). An excluded directory is recorded once, as
 *       {@code dir/}, and not entered.</li>
 *   <li>Symbolic links are never followed: a link out of the root, a loop and a broken link each give one issue; a
 *       link to something inside the root is recorded as an exclusion, since its target is scanned where it is.</li>
 *   <li>FIFOs, sockets and devices are reported and never opened. An unreadable directory or file is reported and
 *       the walk goes on.</li>
 *   <li>Each regular file is opened once, to read at most {@link FileClassifier#SNIFF_BYTES} bytes for the
 *       classifier. Nothing is ever written.</li>
 * </ul>
 * Results are sorted by path, so the same tree always gives the same inventory. Thread-safe: each walk keeps its
 * state to itself.
 */
public final class FileSystemWalker implements RepositoryWalker {
    /** The reason recorded for {@code .git}. */
    public static final String VERSION_CONTROL_REASON = "version control metadata";
    /** How the user's excludes are named in exclusion reasons. */
    public static final String USER_EXCLUDES_LABEL = "provenance.excludes";
    /** The label of the tool's own outputs inside the root (never reported: they are left out silently). */
    static final String TOOL_OUTPUTS_LABEL = "tool outputs";

    private static final String GITIGNORE = ".gitignore";
    private static final String GIT = ".git";
    private static final String INFO_EXCLUDE_LABEL = ".git/info/exclude";
    /** Hops after which a chain of links counts as a loop (Linux's own limit). */
    private static final int MAX_LINK_HOPS = 40;

    private final WalkLimits limits;
    private final FileClassifier classifier = new FileClassifier();

    /** A walker with {@link WalkLimits#DEFAULT}. */
    public FileSystemWalker() {
        this(WalkLimits.DEFAULT);
    }

    public FileSystemWalker(WalkLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public Inventory walk(Path root, List<String> excludes, List<String> toolOutputs) throws IOException {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(excludes, "excludes");
        Objects.requireNonNull(toolOutputs, "toolOutputs");
        Path realRoot = openRoot(root);
        return new Walk(realRoot, IgnoreFile.ofGlobs(USER_EXCLUDES_LABEL, excludes),
                IgnoreRules.of(IgnoreFile.ofGlobs(TOOL_OUTPUTS_LABEL, toolOutputs), null)).run();
    }

    private static Path openRoot(Path root) throws IOException {
        if (!Files.exists(root)) {
            throw new IOException(root + ": the scan root does not exist");
        }
        if (!Files.isDirectory(root)) {
            throw new IOException(root + ": the scan root is not a directory");
        }
        Path real = root.toRealPath();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(real)) {
            stream.iterator().hasNext();
        } catch (AccessDeniedException e) {
            throw new IOException(root + ": the scan root is not readable (permission denied)", e);
        } catch (IOException e) {
            throw new IOException(root + ": the scan root cannot be listed (" + reason(e) + ")", e);
        }
        return real;
    }

    /** The state of one walk. */
    private final class Walk {
        private final Path root;
        private final IgnoreFile userExcludes;
        private final IgnoreRules toolOutputs;
        private final List<InventoryEntry> files = new ArrayList<>();
        private final List<Exclusion> excluded = new ArrayList<>();
        private final List<ScanIssue> issues = new ArrayList<>();
        private final List<PendingLink> links = new ArrayList<>();
        private final Set<String> walkedDirectories = new HashSet<>();
        private final byte[] sniff = new byte[FileClassifier.SNIFF_BYTES];
        private boolean stopped;
        private long ignoreBytesRead;

        Walk(Path root, IgnoreFile userExcludes, IgnoreRules toolOutputs) {
            this.root = root;
            this.userExcludes = userExcludes;
            this.toolOutputs = toolOutputs;
        }

        Inventory run() {
            IgnoreRules rules = IgnoreRules.of(userExcludes, repositoryExcludes());
            walkDirectory(root, new String[0], "", rules);
            resolveLinks();
            files.sort(Comparator.comparing(InventoryEntry::path));
            excluded.sort(Comparator.comparing(Exclusion::path).thenComparing(Exclusion::reason));
            issues.sort(null);
            return new Inventory(files, excluded, issues);
        }

        private void walkDirectory(Path dir, String[] segments, String rel, IgnoreRules parentRules) {
            walkedDirectories.add(rel);
            List<String> names = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                for (Path child : stream) {
                    names.add(child.getFileName().toString());
                }
            } catch (IOException | RuntimeException e) {
                issue(rel.isEmpty() ? "." : rel, IssueCode.UNREADABLE,
                        "directory cannot be listed (" + reason(e) + "); its content was not scanned");
                return;
            }
            names.sort(null);
            IgnoreRules rules = names.contains(GITIGNORE)
                    ? parentRules.enter(readIgnoreFile(dir.resolve(GITIGNORE), child(rel, GITIGNORE),
                            segments.length))
                    : parentRules;
            for (String name : names) {
                if (stopped) {
                    return;
                }
                visit(dir.resolve(name), segments, rel, name, rules);
            }
        }

        private void visit(Path path, String[] parentSegments, String parentRel, String name, IgnoreRules rules) {
            String rel = child(parentRel, name);
            if (name.indexOf('\\') >= 0) {
                issue(rel, IssueCode.UNREADABLE, "the name holds a backslash, which report paths cannot carry; "
                        + "not scanned");
                return;
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException | RuntimeException e) {
                issue(rel, IssueCode.UNREADABLE, "cannot be inspected (" + reason(e) + "); not scanned");
                return;
            }
            boolean directory = attributes.isDirectory();
            if (name.equals(GIT)) {
                excluded.add(new Exclusion(directory ? rel + "/" : rel, VERSION_CONTROL_REASON));
                return;
            }
            String[] segments = append(parentSegments, name);
            IgnoreRules.Decision ours = toolOutputs.decide(segments, directory);
            if (ours != null && ours.excluded()) {
                return;
            }
            IgnoreRules.Decision decision = rules.decide(segments, directory);
            if (decision != null && decision.excluded()) {
                excluded.add(new Exclusion(directory ? rel + "/" : rel, decision.reason()));
                return;
            }
            if (attributes.isSymbolicLink()) {
                visitLink(path, path.getParent(), rel);
            } else if (directory) {
                if (segments.length > limits.maxDepth()) {
                    issue(rel, IssueCode.LIMIT_REACHED, "nested more than " + limits.maxDepth()
                            + " directories deep; not entered");
                } else {
                    walkDirectory(path, segments, rel, rules);
                }
            } else if (attributes.isRegularFile()) {
                visitFile(path, rel, attributes.size());
            } else {
                issue(rel, IssueCode.SPECIAL_FILE, specialKind(path) + "; not a regular file, never opened");
            }
        }

        private void visitFile(Path path, String rel, long size) {
            if (files.size() >= limits.maxFiles()) {
                stopped = true;
                issue(".", IssueCode.LIMIT_REACHED, "the walk stopped at the limit of " + limits.maxFiles()
                        + " files; the rest of the tree was not inventoried");
                return;
            }
            int length;
            try {
                length = readHead(path, sniff);
            } catch (IOException | RuntimeException e) {
                issue(rel, IssueCode.UNREADABLE, "cannot be read (" + reason(e) + "); not scanned");
                return;
            }
            Classification c = classifier.classify(rel, sniff, length, Math.max(size, length));
            files.add(new InventoryEntry(rel, path, c.kind(), c.language(), Math.max(size, length), c.charset(),
                    c.traits()));
            issues.addAll(c.issues());
        }

        private void visitLink(Path link, Path directory, String rel) {
            String target;
            try {
                target = Files.readSymbolicLink(link).toString();
            } catch (IOException | RuntimeException e) {
                issue(rel, IssueCode.UNREADABLE, "symbolic link cannot be read (" + reason(e) + "); not followed");
                return;
            }
            Path real;
            try {
                real = link.toRealPath();
            } catch (IOException e) {
                if (isLoop(link)) {
                    issue(rel, IssueCode.SYMLINK_LOOP, "symbolic link to " + target
                            + " leads back to itself; not followed");
                } else if (e instanceof NoSuchFileException) {
                    issue(rel, IssueCode.SYMLINK_BROKEN, "symbolic link to " + target
                            + " is broken: its target does not exist");
                } else {
                    issue(rel, IssueCode.SYMLINK_BROKEN, "symbolic link to " + target
                            + " cannot be resolved (" + reason(e) + ")");
                }
                return;
            }
            if (!real.startsWith(root)) {
                issue(rel, IssueCode.SYMLINK_OUTSIDE_ROOT, "symbolic link to " + target
                        + " points outside the scanned root; not followed");
                return;
            }
            boolean targetIsDirectory = Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS);
            if (targetIsDirectory && directory.startsWith(real)) {
                String ancestor = relative(real);
                issue(rel, IssueCode.SYMLINK_LOOP, "symbolic link to " + target + " leads back to its own ancestor "
                        + (ancestor.isEmpty() ? "(the scanned root)" : ancestor + "/") + "; not followed");
                return;
            }
            links.add(new PendingLink(rel, relative(real), targetIsDirectory));
        }

        /** Follows a chain of links by hand: a path seen twice, or too many hops, is a loop. */
        private boolean isLoop(Path link) {
            Set<Path> seen = new HashSet<>();
            Path current = link.toAbsolutePath().normalize();
            for (int hop = 0; hop < MAX_LINK_HOPS; hop++) {
                if (!seen.add(current)) {
                    return true;
                }
                Path next;
                try {
                    next = Files.readSymbolicLink(current);
                } catch (IOException | UnsupportedOperationException e) {
                    return false;
                }
                Path parent = current.getParent();
                current = (parent == null ? next : parent.resolve(next)).normalize();
            }
            return true;
        }

        /** Links inside the root are excluded; the reason says whether their target is inventoried. */
        private void resolveLinks() {
            if (links.isEmpty()) {
                return;
            }
            Set<String> filePaths = new HashSet<>();
            for (InventoryEntry entry : files) {
                filePaths.add(entry.path());
            }
            for (PendingLink link : links) {
                boolean scanned = link.directory()
                        ? walkedDirectories.contains(link.target())
                        : filePaths.contains(link.target());
                String shown = link.directory() ? link.target() + "/" : link.target();
                excluded.add(new Exclusion(link.path(), scanned
                        ? "symbolic link to " + shown + ", scanned at its target"
                        : "symbolic link to " + shown + ", not followed; its target is not inventoried"));
            }
        }

        private IgnoreFile repositoryExcludes() {
            Path dotGit = root.resolve(GIT);
            Path gitDirectory;
            if (Files.isDirectory(dotGit, LinkOption.NOFOLLOW_LINKS)) {
                gitDirectory = dotGit;
            } else if (Files.isRegularFile(dotGit, LinkOption.NOFOLLOW_LINKS)) {
                gitDirectory = linkedGitDirectory(dotGit);
            } else {
                return null;
            }
            if (gitDirectory == null) {
                return null;
            }
            Path exclude = gitDirectory.resolve("info").resolve("exclude");
            return Files.isRegularFile(exclude) ? readIgnoreFile(exclude, INFO_EXCLUDE_LABEL, 0) : null;
        }

        /**
         * The git directory a {@code .git} file names ({@code gitdir: …}, as in linked worktrees and submodules),
         * or its common directory where it has one; null when the file says nothing usable.
         */
        private Path linkedGitDirectory(Path dotGitFile) {
            try {
                String line = firstLine(dotGitFile);
                if (!line.startsWith("gitdir:")) {
                    return null;
                }
                Path gitDir = root.resolve(line.substring("gitdir:".length()).strip()).normalize();
                Path commonDirFile = gitDir.resolve("commondir");
                if (Files.isRegularFile(commonDirFile)) {
                    return gitDir.resolve(firstLine(commonDirFile)).normalize();
                }
                return gitDir;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        private String firstLine(Path file) throws IOException {
            byte[] head = new byte[4096];
            int n = readHead(file, head);
            String text = new String(head, 0, n, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            return (end < 0 ? text : text.substring(0, end)).strip();
        }

        /** Reads an ignore file (never through a link, as git does); null when it cannot be read. */
        private IgnoreFile readIgnoreFile(Path file, String label, int baseDepth) {
            try {
                BasicFileAttributes attributes =
                        Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (!attributes.isRegularFile()) {
                    return null;
                }
                long left = limits.maxIgnoreBytesTotal() - ignoreBytesRead;
                if (left <= 0 && attributes.size() > 0) {
                    issue(label, IssueCode.LIMIT_REACHED, "the walk's budget of " + limits.maxIgnoreBytesTotal()
                            + " bytes of ignore files is spent; its patterns were not applied");
                    return null;
                }
                int cap = (int) Math.min(limits.maxIgnoreFileBytes(), left);
                byte[] bytes = new byte[(int) Math.min(attributes.size(), cap)];
                int n = readHead(file, bytes);
                ignoreBytesRead += n;
                if (attributes.size() > cap) {
                    issue(label, IssueCode.LIMIT_REACHED, "ignore file larger than " + cap
                            + " bytes; only its first " + cap + " bytes were applied");
                    // Drop the partial last line: half a pattern could exclude what the whole one would not.
                    while (n > 0 && bytes[n - 1] != '\n') {
                        n--;
                    }
                }
                IgnoreFile parsed = IgnoreFile.parse(label, baseDepth, new String(bytes, 0, n, StandardCharsets.UTF_8));
                if (parsed.overlongLines() > 0) {
                    issue(label, IssueCode.LINE_TOO_LONG, parsed.overlongLines() + " line(s) longer than "
                            + GitignorePattern.MAX_PATTERN_CHARS + " characters; not applied as patterns");
                }
                return parsed;
            } catch (IOException | RuntimeException e) {
                issue(label, IssueCode.UNREADABLE, "ignore file cannot be read (" + reason(e)
                        + "); its patterns were not applied");
                return null;
            }
        }

        private String relative(Path real) {
            String rel = root.relativize(real).toString();
            return real.getFileSystem().getSeparator().equals("/") ? rel : rel.replace('\\', '/');
        }

        private void issue(String path, IssueCode code, String message) {
            issues.add(new ScanIssue(path, code, message));
        }
    }

    /** A link to a path inside the root, settled once the walk knows what it inventoried. */
    private record PendingLink(String path, String target, boolean directory) { }

    /** Reads up to {@code buffer.length} leading bytes without following a link; returns how many were read. */
    static int readHead(Path file, byte[] buffer) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file,
                Set.<OpenOption>of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            ByteBuffer target = ByteBuffer.wrap(buffer);
            while (target.hasRemaining()) {
                if (channel.read(target) < 0) {
                    break;
                }
            }
            return target.position();
        }
    }

    private static String child(String parent, String name) {
        return parent.isEmpty() ? name : parent + "/" + name;
    }

    private static String[] append(String[] segments, String name) {
        String[] result = new String[segments.length + 1];
        System.arraycopy(segments, 0, result, 0, segments.length);
        result[segments.length] = name;
        return result;
    }

    /** Names the kind of a special file from its mode bits, where the file system tells them. */
    private static String specialKind(Path path) {
        try {
            Object mode = Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            if (mode instanceof Integer) {
                switch ((Integer) mode & 0170000) {
                    case 0010000: return "named pipe (FIFO)";
                    case 0140000: return "socket";
                    case 0020000: return "character device";
                    case 0060000: return "block device";
                    default: break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Fall through to the generic name.
        }
        return "special file";
    }

    /** A short cause for a message: "permission denied", "no such file", or the exception's own reason. */
    static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it vanished during the scan";
        }
        if (e instanceof FileSystemException) {
            String reason = ((FileSystemException) e).getReason();
            if (reason != null) {
                return reason;
            }
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
