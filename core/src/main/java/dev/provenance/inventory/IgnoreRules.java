package dev.provenance.inventory;

/**
 * The ignore rules in force in one directory, in git's order of precedence: the user's excludes first (like
 * patterns given on git's command line), then the {@code .gitignore} files from the deepest directory up to the
 * root, then {@code .git/info/exclude}. The first source holding a matching pattern decides, and within a source
 * the last matching pattern wins; a negated pattern ({@code !}) re-includes. A path below an excluded directory is
 * never looked at, since the walk does not enter that directory — which is git's rule that a file cannot be
 * re-included when a parent directory is excluded.
 *
 * <p>Immutable: {@link #enter} returns the rules for a subdirectory and leaves this one as it was.
 */
final class IgnoreRules {
    /** What decided about a path. */
    record Decision(boolean excluded, String reason) { }

    private final IgnoreFile user;
    private final Node directories;
    private final IgnoreFile repository;

    private record Node(IgnoreFile file, Node parent) { }

    private IgnoreRules(IgnoreFile user, Node directories, IgnoreFile repository) {
        this.user = user;
        this.directories = directories;
        this.repository = repository;
    }

    /**
     * @param user       the user's excludes, or null
     * @param repository {@code .git/info/exclude}, or null
     */
    static IgnoreRules of(IgnoreFile user, IgnoreFile repository) {
        return new IgnoreRules(emptyToNull(user), null, emptyToNull(repository));
    }

    private static IgnoreFile emptyToNull(IgnoreFile file) {
        return file == null || file.isEmpty() ? null : file;
    }

    /** The rules for a directory whose own {@code .gitignore} is {@code file} (null when it has none). */
    IgnoreRules enter(IgnoreFile file) {
        IgnoreFile own = emptyToNull(file);
        return own == null ? this : new IgnoreRules(user, new Node(own, directories), repository);
    }

    /**
     * Decides about one path.
     *
     * @param path        its segments relative to the scanned root
     * @param isDirectory whether it is a directory (a symbolic link is not)
     * @return null when no pattern matches, else whether it is excluded and by which pattern
     */
    Decision decide(String[] path, boolean isDirectory) {
        Decision d = decide(user, path, isDirectory);
        for (Node node = directories; d == null && node != null; node = node.parent) {
            d = decide(node.file, path, isDirectory);
        }
        return d != null ? d : decide(repository, path, isDirectory);
    }

    private static Decision decide(IgnoreFile file, String[] path, boolean isDirectory) {
        if (file == null) {
            return null;
        }
        GitignorePattern p = file.lastMatch(path, isDirectory);
        return p == null ? null : new Decision(!p.negated(), file.reason(p));
    }

    /** Whether the path is excluded. */
    boolean excludes(String[] path, boolean isDirectory) {
        Decision d = decide(path, isDirectory);
        return d != null && d.excluded();
    }
}
