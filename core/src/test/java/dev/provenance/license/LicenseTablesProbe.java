package dev.provenance.license;

/**
 * Run in a fresh JVM with class loading logged by {@link LicenseObligationsStartupTest}: loads both tables and
 * evaluates expressions with every operator, then marks the moment.
 */
public final class LicenseTablesProbe {
    private LicenseTablesProbe() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        Obligations obligations = LicenseObligations.standard()
                .forExpression("(MIT OR Apache-2.0) AND GPL-2.0-only WITH Classpath-exception-2.0");
        Compatibility compatibility = LicenseCompatibility.standard()
                .check("GPL-2.0-or-later OR MIT", "Apache-2.0 AND GPL-3.0-only WITH GCC-exception-3.1");
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.flush();
        System.out.println("MARK evaluated " + obligations.choice() + " / " + compatibility.verdict()
                + " in " + millis + " ms");
        System.out.flush();
    }
}
