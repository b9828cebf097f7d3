/**
 * The commands of the command-line tool and what they share: the messages in English and Vietnamese,
 * the one table of file formats ({@code Formats}), exit codes and the progress bar.
 */
@NullMarked
package io.github.binhdang.cli;

import org.jspecify.annotations.NullMarked;
