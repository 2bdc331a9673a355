package dev.provenance.license;

import dev.provenance.text.TextFile;
import java.net.SocketPermission;
import java.security.Permission;
import java.util.ArrayList;
import java.util.List;

/**
 * Run in a fresh JVM by {@link LicenseCatalogOfflineTest}: refuses and records every network connection or host
 * name resolution while the catalog loads, normalises and matches a text.
 */
public final class OfflineProbe {
    private OfflineProbe() {
    }

    @SuppressWarnings("removal")
    public static void main(String[] args) {
        List<String> attempts = new ArrayList<>();
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission permission) {
                if (permission instanceof SocketPermission && !permission.getActions().equals("listen")) {
                    synchronized (attempts) {
                        attempts.add(permission.getName() + " " + permission.getActions());
                    }
                    throw new SecurityException("network refused by OfflineProbe: " + permission);
                }
            }

            @Override
            public void checkPermission(Permission permission, Object context) {
                checkPermission(permission);
            }
        });
        LicenseCatalog catalog = LicenseCatalog.bundled();
        String normalized = catalog.normalize("The Apache Software License, Version 2.0").expression();
        String expression = catalog.normalize("GPL-2.0+ OR MIT").expression();
        String text = catalog.text("MIT").orElse("");
        var findings = LicenseTextMatcher.shared().find(new TextFile("LICENSE", text));
        System.out.println("list version: " + catalog.listVersion());
        System.out.println("normalized: " + normalized + "; " + expression);
        System.out.println("matched: " + findings.stream().map(LicenseFinding::expression).toList());
        System.out.println("network attempts: " + attempts.size() + " " + attempts);
    }
}
