/** Text values shared by every stage: decoded files and line ranges. */
package dev.provenance.text;
