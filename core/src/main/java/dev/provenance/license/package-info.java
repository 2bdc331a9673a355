/**
 * Declared licenses: the SPDX catalog (spdx-java-library's bundled list, offline) and the detectors that read what
 * a repository says about licensing.
 *
 * <ul>
 *   <li>{@link dev.provenance.license.LicenseCatalog} — ids, names, texts; normalisation of declared names and
 *       expressions to SPDX expressions ({@link dev.provenance.license.NormalizedLicense}).</li>
 *   <li>{@link dev.provenance.license.LicenseTextMatcher} — full license texts in legal files, with the lines each
 *       covers (a shingle pre-filter confirmed by the library's template comparison).</li>
 *   <li>{@link dev.provenance.license.HeaderLicenseDetector} — SPDX tags and standard notices in file headers.</li>
 *   <li>{@link dev.provenance.license.ManifestReader} — pom.xml, package.json, pyproject.toml, setup.cfg, setup.py,
 *       Cargo.toml.</li>
 *   <li>{@link dev.provenance.license.ModelCardReader} — model card front matter.</li>
 *   <li>{@link dev.provenance.license.ReuseReader} — REUSE.toml and .reuse/dep5.</li>
 *   <li>{@link dev.provenance.license.LicenseObligations} — the obligations table ({@code obligations.yaml}): what
 *       must travel with a copy under a license expression ({@link dev.provenance.license.Obligations}).</li>
 *   <li>{@link dev.provenance.license.LicenseCompatibility} — the one-way compatibility table
 *       ({@code compatibility.yaml}): may inbound code go under an outbound license
 *       ({@link dev.provenance.license.Compatibility}).</li>
 * </ul>
 * Both tables are data in core's resources, each entry naming the clause of the license that justifies it; the unit
 * tests look every quoted clause up in the license text spdx-java-library bundles.
 * Every finding is a {@link dev.provenance.license.LicenseFinding}; unreadable input is a
 * {@link dev.provenance.scan.InputProblem}. What is derived from the bundled SPDX list alone (names, the name index,
 * the full-text pre-filter) is precomputed by core's build ({@link dev.provenance.license.LicenseIndexGenerator}) and
 * read back at run time; spdx-java-library itself starts only when a text, a template or an expression is needed.
 */
package dev.provenance.license;
