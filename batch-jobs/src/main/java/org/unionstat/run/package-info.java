/**
 * The runPeriod job: import (files given), compute and report one period as one restartable job, each file its own
 * import job inside it (docs/commands.md#jobs-and-restart). Chains the stages; the stages do the work.
 */
package org.unionstat.run;
