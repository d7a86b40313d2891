/** Development tools, not the product: a command line for the generators below (docs/architecture.md). */
package org.unionstat.tools;
