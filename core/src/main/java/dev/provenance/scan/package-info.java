/**
 * The orchestrator: {@link dev.provenance.scan.Scanner} runs the stages over a {@link dev.provenance.scan.ScanRequest}
 * and returns one {@link dev.provenance.scan.ScanResult}, the only thing reporters and the plugin see.
 */
package dev.provenance.scan;
