package org.packbench.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import org.packbench.i18n.ProblemException;

/**
 * The bearer token an ERP sends with every call. It lives in a file only the bench's user can read,
 * next to the database: whoever can read that file can already open the database, so the token
 * gives nobody more than they had. It never goes to argv, a log or a response.
 */
public final class ApiToken {
    /** The token file's name in the database's folder. */
    public static final String FILE_NAME = "serve.token";

    private static final int RANDOM_BYTES = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private final Path file;
    private final byte[] digest;

    private ApiToken(Path file, String token) {
        this.file = file;
        this.digest = sha256(token);
    }

    /** The token file of the bench whose database is {@code database}. */
    public static Path fileFor(Path database) {
        Path folder = database.toAbsolutePath().getParent();
        return folder.resolve(FILE_NAME);
    }

    /**
     * Reads the token from {@code file}, or makes a new random one there (mode 600) when the file is
     * missing. A file that others can read is refused rather than tightened: the token may already
     * have leaked, and its owner should know.
     */
    public static ApiToken loadOrCreate(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (Files.notExists(file)) {
                create(file);
            }
            checkOwnerOnly(file);
            String token = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (token.length() < RANDOM_BYTES) {
                throw new ProblemException("serve.token.empty", file);
            }
            return new ApiToken(file, token);
        } catch (IOException e) {
            throw new ProblemException("serve.token.unreadable", file, e.toString());
        }
    }

    private static void create(Path file) throws IOException {
        byte[] random = new byte[RANDOM_BYTES];
        new SecureRandom().nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            if (posix(file)) {
                // Made with mode 600 in one step: there is no moment in which the file is readable by others.
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                // Windows: the file inherits the ACL of the user's own data folder.
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raced) {
            // Another start made it first: use that one.
            return;
        }
        Files.writeString(file, token + "\n", StandardCharsets.US_ASCII);
    }

    private static void checkOwnerOnly(Path file) throws IOException {
        if (!posix(file)) {
            return;
        }
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
        if (!OWNER_ONLY.containsAll(mode)) {
            throw new ProblemException("serve.token.openToOthers", file, PosixFilePermissions.toString(mode));
        }
    }

    private static boolean posix(Path file) {
        return Files.getFileAttributeView(file.toAbsolutePath().getParent(), PosixFileAttributeView.class) != null;
    }

    public Path file() {
        return file;
    }

    /**
     * Whether {@code presented} is the token. Both sides are hashed first and the hashes compared in
     * constant time, so neither the content nor the length of the token leaks through timing.
     */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(digest, sha256(presented));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        // Never the token itself: this object may end up in a log line.
        return "ApiToken[" + file + "]";
    }
}
