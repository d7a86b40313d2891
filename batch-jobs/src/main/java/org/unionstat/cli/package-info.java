/**
 * The command line (outermost): picocli commands, exit codes, the one-line failure messages and the summary lines a
 * statistician reads. Commands start the Spring context on demand and call the stages below; nothing calls them.
 */
package org.unionstat.cli;
